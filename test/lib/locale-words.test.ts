import { describe, expect, it } from "vitest";
import { wordsDateFormat } from "@/lib/intl-words-format";
import { AZ_WORDS, missingLocaleData } from "@/lib/locale-words";

const KYIV = "Europe/Kyiv";
const az = (options: Intl.DateTimeFormatOptions) =>
  wordsDateFormat(new Intl.DateTimeFormat("en-GB", options), AZ_WORDS, options);
/** 14 Nov 2025, 01:00 in Kyiv (the embassy strike). */
const STRIKE_MS = Date.UTC(2025, 10, 13, 23, 0);

describe("Azerbaijani dates where the browser lacks the data", () => {
  it("writes Azerbaijani month words in the day-month-year pattern", () => {
    const short = az({ timeZone: KYIV, day: "numeric", month: "short", year: "numeric" });
    expect(short.format(STRIKE_MS)).toBe("14 noy 2025");
    const long = az({ timeZone: KYIV, day: "numeric", month: "long", year: "numeric" });
    expect(long.format(STRIKE_MS)).toBe("14 noyabr 2025");
    const withTime = az({
      timeZone: KYIV,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    expect(withTime.format(STRIKE_MS)).toBe("14 noy 2025, 01:00");
    const longWithTime = az({ ...withTime.resolvedOptions(), month: "long", timeZone: KYIV });
    expect(longWithTime.format(STRIKE_MS)).toBe("14 noyabr 2025, 01:00");
  });

  it("takes the month in the formatter's time zone, not UTC (31 Dec 23:30 UTC is January in Kyiv)", () => {
    const f = az({ timeZone: KYIV, day: "numeric", month: "long", year: "numeric" });
    expect(f.format(Date.UTC(2025, 11, 31, 23, 30))).toBe("1 yanvar 2026");
    expect(
      f.formatToParts(Date.UTC(2025, 11, 31, 23, 30)).find((p) => p.type === "month")?.value,
    ).toBe("yanvar");
  });

  it("words each end of a range with its own month, and weekdays", () => {
    const f = az({ timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
    const range = f.formatRange(Date.UTC(2025, 10, 30), Date.UTC(2025, 11, 1)).replace(/\s/g, " ");
    expect(range).toBe("30 noy – 1 dek 2025");
    const day = az({ timeZone: "UTC", weekday: "long" });
    expect(day.format(Date.UTC(2025, 10, 14))).toBe("cümə");
  });

  it("is used only where the runtime writes no month word", () => {
    expect(missingLocaleData("az", () => "M11")).toBe(AZ_WORDS);
    expect(missingLocaleData("az", () => "11")).toBe(AZ_WORDS);
    expect(missingLocaleData("az", () => "Noyabr")).toBeUndefined();
    expect(missingLocaleData("uk", () => "M11")).toBeUndefined();
  });
});
