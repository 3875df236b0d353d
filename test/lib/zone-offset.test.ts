import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zoneOffsetMinutes, zoneOffsetMsAt } from "@/lib/iso-time";

/** The offset the slow way, independently: the zone's wall-clock parts read back as UTC. */
function offsetFromParts(tMs: number, timeZone: string): number {
  const seconds = Math.floor(tMs / 1000) * 1000;
  const parts: Record<string, number> = {};
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  for (const p of f.formatToParts(seconds)) parts[p.type] = Number(p.value);
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1);
  wall.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, 0);
  return wall.getTime() - seconds;
}

// Half-hour and 45-minute offsets, negative ones, half-hour DST (Lord Howe), zero.
const ZONES = [
  "Europe/Kyiv",
  "America/St_Johns",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/Los_Angeles",
  "Africa/Casablanca",
  "UTC",
];
const FROM_MS = Date.UTC(2000, 0, 1);
const TO_MS = Date.UTC(2100, 0, 1);

describe("zoneOffsetMsAt", () => {
  it("agrees with the zone's wall-clock parts at any instant of the data years", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FROM_MS, max: TO_MS }),
        (zone, tMs) => {
          expect(zoneOffsetMsAt(tMs, zone)).toBe(offsetFromParts(tMs, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads Kyiv's two offsets either side of the 2025 spring change, and minutes off it", () => {
    const change = Date.parse("2025-03-30T01:00:00Z");
    expect(zoneOffsetMsAt(change - 1000, "Europe/Kyiv")).toBe(2 * 3_600_000);
    expect(zoneOffsetMsAt(change, "Europe/Kyiv")).toBe(3 * 3_600_000);
    expect(zoneOffsetMinutes(change, "Asia/Kathmandu")).toBe(345);
    expect(zoneOffsetMinutes(change, "America/St_Johns")).toBe(-150);
  });

  it("throws for an unknown zone, as Intl does", () => {
    expect(() => zoneOffsetMsAt(0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
