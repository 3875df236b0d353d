import { describe, expect, it } from "vitest";
import { daysInMonth, parseIsoWithOffset, toIsoMinute, zoneOffsetMinutes } from "@/lib/iso-time";

/** The UTC instant of a literal year (Date.UTC would turn 0–99 into 1900s). */
const utc = (year: number, month: number, day: number, h = 0, m = 0) => {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, m, 0, 0);
  return d.getTime();
};

describe("parseIsoWithOffset is strict", () => {
  it.each([
    ["2025-11-14T01:00+02:00", utc(2025, 11, 13, 23)],
    ["2025-11-14T01:00:30Z", utc(2025, 11, 14, 1) + 30_000],
    ["2025-11-14T01:00:30.250Z", utc(2025, 11, 14, 1) + 30_250],
    ["2024-02-29T00:00Z", utc(2024, 2, 29)],
    ["2000-02-29T00:00Z", utc(2000, 2, 29)],
    ["0050-06-01T12:00Z", utc(50, 6, 1, 12)],
    ["0000-01-01T00:00Z", utc(0, 1, 1)],
    ["0099-12-31T23:59Z", utc(99, 12, 31, 23, 59)],
    ["2025-01-01T00:00+14:00", utc(2024, 12, 31, 10)],
    ["2025-01-01T00:00-12:00", utc(2025, 1, 1, 12)],
    ["2025-01-01T00:00+05:45", utc(2024, 12, 31, 18, 15)],
  ])("%s is read as the literal instant", (text, expected) => {
    expect(parseIsoWithOffset(text)).toBe(expected);
  });

  it.each([
    ["2025-02-30T00:00Z", "30 February"],
    ["2025-02-29T00:00Z", "29 February in a common year"],
    ["1900-02-29T00:00Z", "29 February in a century year"],
    ["2025-04-31T00:00Z", "31 April"],
    ["2025-00-10T00:00Z", "month 0"],
    ["2025-13-01T00:00Z", "month 13"],
    ["2025-01-00T00:00Z", "day 0"],
    ["2025-01-01T24:00Z", "T24:00"],
    ["2025-01-01T23:60Z", "minute 60"],
    ["2025-01-01T23:59:60Z", "a leap second"],
    ["2025-01-01T00:00+15:00", "offset beyond +14:00"],
    ["2025-01-01T00:00+99:99", "garbled offset"],
    ["2025-01-01T00:00+02:60", "offset minutes 60"],
    ["2025-01-01T00:00", "no offset"],
    ["2025-01-01", "a date only"],
    ["25-01-01T00:00Z", "a two-digit year"],
    ["+012025-01-01T00:00Z", "an expanded year"],
    ["2025-1-1T0:0Z", "unpadded fields"],
    ["2025-01-01 00:00Z", "a space for T"],
    ["", "empty"],
  ])("%s is rejected (%s)", (text) => {
    expect(parseIsoWithOffset(text)).toBeUndefined();
  });
});

describe("years 0–99 stay literal", () => {
  it("daysInMonth knows leap years, including year 0", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
  it("zoneOffsetMinutes and toIsoMinute round-trip a year-50 instant", () => {
    const tMs = utc(50, 6, 1, 12);
    expect(zoneOffsetMinutes(tMs, "UTC")).toBe(0);
    expect(toIsoMinute(tMs, "UTC")).toBe("0050-06-01T12:00+00:00");
    expect(parseIsoWithOffset(toIsoMinute(tMs, "UTC"))).toBe(tMs);
  });
});
