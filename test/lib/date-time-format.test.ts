import { describe, expect, it } from "vitest";
import { dateTimeFormat } from "@/lib/date-time-format";

describe("dateTimeFormat (the shared Intl cache)", () => {
  it("returns the same format for the same locale and options", () => {
    const a = dateTimeFormat("en-GB", { timeZone: "Europe/Kyiv", year: "numeric" });
    const b = dateTimeFormat("en-GB", { timeZone: "Europe/Kyiv", year: "numeric" });
    expect(b).toBe(a);
  });

  it("keeps formats apart by zone, options and locale", () => {
    const kyiv = dateTimeFormat("en-GB", {
      timeZone: "Europe/Kyiv",
      hour: "2-digit",
      hourCycle: "h23",
    });
    const utc = dateTimeFormat("en-GB", { timeZone: "UTC", hour: "2-digit", hourCycle: "h23" });
    const tMs = Date.UTC(2025, 10, 14, 0, 0);
    expect(kyiv.format(tMs)).toBe("02");
    expect(utc.format(tMs)).toBe("00");
    expect(dateTimeFormat("en-US", { timeZone: "UTC", year: "numeric" })).not.toBe(
      dateTimeFormat("en-GB", { timeZone: "UTC", year: "numeric" }),
    );
  });

  it("throws for an unknown zone and caches nothing", () => {
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
