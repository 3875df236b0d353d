import { describe, expect, it } from "vitest";
import {
  formatAtPrecision,
  formatBearing,
  formatBearingBetween,
  formatDateTime,
  formatDistance,
  formatDistanceInterval,
  formatSeparation,
  formatTimeWindow,
  formatUncertainty,
  utcOffsetLabel,
} from "@/lib/format";

describe("formatDistance", () => {
  it.each([
    [4.26, "metric", "4.3 m"],
    [48.4, "metric", "48 m"],
    [999.4, "metric", "999 m"],
    [1234, "metric", "1.23 km"],
    [12_345, "metric", "12.3 km"],
    [412_000, "metric", "412 km"],
    [48, "imperial", "157 ft"],
    [1609.344, "imperial", "1.00 mi"],
    [160_934.4, "imperial", "100 mi"],
  ] as const)("%d m (%s) → %s", (m, unit, text) => {
    expect(formatDistance(m, unit)).toBe(text);
  });
  it("shows a dash for non-finite values", () => {
    expect(formatDistance(Number.NaN)).toBe("—");
  });
});

describe("formatDistanceInterval", () => {
  it("shares the unit when both ends use it", () => {
    expect(formatDistanceInterval(0, 210)).toBe("0–210 m");
    expect(formatDistanceInterval(1200, 3400)).toBe("1.20–3.40 km");
  });
  it("keeps both units when they differ", () => {
    expect(formatDistanceInterval(800, 1500)).toBe("800 m – 1.50 km");
  });
});

describe("formatBearing", () => {
  it("names the compass point and wraps negatives", () => {
    expect(formatBearing(237)).toBe("237° SW");
    expect(formatBearing(-10)).toBe("350° N");
    expect(formatBearing(359.7)).toBe("0° N");
  });
});

describe("dates", () => {
  const strikeMs = Date.parse("2025-11-14T01:00:00+02:00");
  it("formats in Kyiv time and UTC", () => {
    expect(formatDateTime(strikeMs, "Europe/Kyiv")).toBe("14 Nov 2025, 01:00");
    expect(formatDateTime(strikeMs, "UTC")).toBe("13 Nov 2025, 23:00");
  });
  it("gives Kyiv's offset in winter and summer", () => {
    expect(utcOffsetLabel(strikeMs, "Europe/Kyiv")).toBe("+02:00");
    expect(utcOffsetLabel(Date.parse("2025-08-28T03:00:00+03:00"), "Europe/Kyiv")).toBe("+03:00");
    expect(utcOffsetLabel(strikeMs, "UTC")).toBe("+00:00");
  });
});

describe("formatAtPrecision", () => {
  const zone = "Europe/Kyiv";
  it("never shows a time the data does not have", () => {
    const noonMs = Date.parse("2022-03-06T12:00:00+02:00");
    expect(formatAtPrecision(noonMs, "day", zone)).toBe("6 Mar 2022");
    expect(formatAtPrecision(Date.parse("2022-04-15T12:00:00+03:00"), "month", zone)).toBe(
      "Apr 2022",
    );
    expect(formatAtPrecision(noonMs, "year", zone)).toBe("2022");
    expect(formatAtPrecision(Date.parse("2025-11-14T01:00:00+02:00"), "minute", zone)).toBe(
      "14 Nov 2025, 01:00",
    );
  });
  it("names the night an early-morning or evening instant belongs to", () => {
    expect(formatAtPrecision(Date.parse("2025-11-14T01:00:00+02:00"), "night", zone)).toBe(
      "night of 13–14 Nov 2025",
    );
    expect(formatAtPrecision(Date.parse("2025-08-31T23:00:00+03:00"), "night", zone)).toBe(
      "night of 31 Aug – 1 Sept 2025",
    );
    expect(formatAtPrecision(Date.parse("2024-12-31T22:00:00+02:00"), "night", zone)).toBe(
      "night of 31 Dec 2024 – 1 Jan 2025",
    );
  });
});

describe("window precision", () => {
  const zone = "Europe/Kyiv";
  const mid = Date.parse("2024-01-02T08:15:00+02:00");
  const window = {
    startMs: Date.parse("2024-01-02T07:30:00+02:00"),
    endMs: Date.parse("2024-01-02T09:00:00+02:00"),
  };
  it("shows the reported window, never the midpoint as a time", () => {
    expect(formatAtPrecision(mid, "window", zone, window)).toBe(
      "2 Jan 2024, between 07:30 and 09:00",
    );
    expect(formatAtPrecision(mid, "window", "UTC", window)).toBe(
      "2 Jan 2024, between 05:30 and 07:00",
    );
    expect(formatAtPrecision(mid, "window", zone)).toBe("2 Jan 2024, time not reported");
  });
  it("gives dates only for a window of a day or more", () => {
    expect(
      formatTimeWindow(
        Date.parse("2022-04-28T12:00:00+03:00"),
        Date.parse("2025-08-28T12:00:00+03:00"),
        zone,
      ),
    ).toBe("between 28 Apr 2022 and 28 Aug 2025");
  });
});

describe("separation and uncertainty", () => {
  it("never calls identical points 0 m apart", () => {
    expect(formatSeparation(0)).toBe("same mapped point");
    expect(formatSeparation(0.3)).toBe("same mapped point");
    expect(formatSeparation(48.2)).toBe("48 m");
    expect(formatBearingBetween(123, 0)).toBe("—");
    expect(formatBearingBetween(123, 50)).toBe("123° SE");
  });
  it("rounds uncertainty to two significant figures in either unit", () => {
    expect(formatUncertainty(130)).toBe("130 m");
    expect(formatUncertainty(130, "imperial")).toBe("430 ft");
    expect(formatUncertainty(2500)).toBe("2.50 km");
    expect(formatUncertainty(12_345)).toBe("12.0 km");
    expect(formatUncertainty(12_000, "imperial")).toBe("7.50 mi");
  });
});
