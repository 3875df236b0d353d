import { describe, expect, it } from "vitest";
import { parseIsoWithOffset, toIsoMinute, zoneOffsetMinutes } from "@/lib/iso-time";

describe("iso-time", () => {
  it("writes Kyiv local time with its winter and summer offsets", () => {
    expect(toIsoMinute(Date.parse("2025-11-13T23:00:00Z"))).toBe("2025-11-14T01:00+02:00");
    expect(toIsoMinute(Date.parse("2025-08-28T00:00:00Z"))).toBe("2025-08-28T03:00+03:00");
    expect(toIsoMinute(Date.parse("2025-08-28T00:00:00Z"), "UTC")).toBe("2025-08-28T00:00+00:00");
  });
  it("handles the DST switch hour (30 Mar 2025, 03:00 → 04:00 Kyiv)", () => {
    expect(zoneOffsetMinutes(Date.parse("2025-03-30T00:59:00Z"), "Europe/Kyiv")).toBe(120);
    expect(zoneOffsetMinutes(Date.parse("2025-03-30T01:00:00Z"), "Europe/Kyiv")).toBe(180);
  });
  it("round-trips through the parser", () => {
    const tMs = Date.parse("2024-01-02T07:30:00+02:00");
    expect(parseIsoWithOffset(toIsoMinute(tMs))).toBe(tMs);
  });
  it("rejects instants without an offset and garbage", () => {
    expect(parseIsoWithOffset("2025-11-14T01:00")).toBeUndefined();
    expect(parseIsoWithOffset("yesterday")).toBeUndefined();
    expect(parseIsoWithOffset("2025-13-45T01:00+02:00")).toBeUndefined();
    expect(parseIsoWithOffset("2025-11-14T01:00Z")).toBe(Date.parse("2025-11-14T01:00Z"));
  });
});
