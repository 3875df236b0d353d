import { describe, expect, it } from "vitest";
import { i18nFor } from "@/i18n/catalog";
import {
  formatTimeField,
  offsetText,
  parseTimeField,
  timeFieldMessage,
} from "@/ui/timeline/time-field";

const KYIV = "Europe/Kyiv";
const t = (iso: string) => Date.parse(iso);

const EN = i18nFor("en");

describe("exact-time fields", () => {
  it("shows an instant as the wall time of the chosen zone, ISO-like and 24-hour", () => {
    expect(formatTimeField(t("2025-11-13T18:00+02:00"), KYIV)).toBe("2025-11-13 18:00");
    expect(formatTimeField(t("2025-11-13T18:00+02:00"), "UTC")).toBe("2025-11-13 16:00");
    expect(formatTimeField(t("2025-07-01T00:30+03:00"), KYIV)).toBe("2025-07-01 00:30");
    // Seconds are dropped, never rounded up to the next minute.
    expect(formatTimeField(t("2025-11-13T18:00:59+02:00"), KYIV)).toBe("2025-11-13 18:00");
  });

  it("reads typed wall time in the chosen zone, across DST", () => {
    expect(parseTimeField("2025-11-13 18:00", KYIV)).toEqual({
      ok: true,
      tMs: t("2025-11-13T18:00+02:00"),
    });
    expect(parseTimeField("2025-07-01 12:00", KYIV)).toEqual({
      ok: true,
      tMs: t("2025-07-01T12:00+03:00"),
    });
    expect(parseTimeField("2025-11-13 18:00", "UTC")).toEqual({
      ok: true,
      tMs: t("2025-11-13T18:00Z"),
    });
    // The datetime-local shape, single digits and extra spaces are accepted too.
    expect(parseTimeField(" 2025-11-13T18:00 ", KYIV)).toEqual(
      parseTimeField("2025-11-13 18:00", KYIV),
    );
    expect(parseTimeField("2025-1-2 7:05", KYIV)).toEqual({
      ok: true,
      tMs: t("2025-01-02T07:05+02:00"),
    });
  });

  it("round-trips every hour of a DST-change day", () => {
    const start = t("2025-10-25T12:00Z");
    const firstSeen = new Map<string, number>();
    for (let h = 0; h < 36; h++) {
      const tMs = start + h * 3_600_000;
      const text = formatTimeField(tMs, KYIV);
      if (!firstSeen.has(text)) firstSeen.set(text, tMs);
      // 03:00–03:59 on 26 Oct 2025 happens twice in Kyiv; a typed reading means the first.
      expect(parseTimeField(text, KYIV)).toEqual({ ok: true, tMs: firstSeen.get(text) });
    }
    expect(firstSeen.size).toBe(35);
  });

  it("refuses what is not a minute in that zone, saying why", () => {
    expect(parseTimeField("", KYIV)).toEqual({ ok: false, reason: "empty" });
    expect(parseTimeField("13/11/2025 18:00", KYIV)).toEqual({ ok: false, reason: "format" });
    expect(parseTimeField("2025-11-13", KYIV)).toEqual({ ok: false, reason: "format" });
    expect(parseTimeField("2025-11-13 6pm", KYIV)).toEqual({ ok: false, reason: "format" });
    expect(parseTimeField("2025-02-30 10:00", KYIV)).toEqual({ ok: false, reason: "no-date" });
    expect(parseTimeField("2025-13-01 10:00", KYIV)).toEqual({ ok: false, reason: "no-date" });
    expect(parseTimeField("2025-11-13 24:00", KYIV)).toEqual({ ok: false, reason: "no-time" });
    expect(parseTimeField("2025-11-13 18:60", KYIV)).toEqual({ ok: false, reason: "no-time" });
    // Kyiv skipped 03:00–03:59 on 30 Mar 2025; UTC did not.
    expect(parseTimeField("2025-03-30 03:30", KYIV)).toEqual({ ok: false, reason: "skipped" });
    expect(parseTimeField("2025-03-30 03:30", "UTC").ok).toBe(true);
  });

  it("writes offsets as ISO 8601 does", () => {
    expect(offsetText(t("2025-11-13T18:00+02:00"), KYIV)).toBe("+02:00");
    expect(offsetText(t("2025-07-01T12:00+03:00"), KYIV)).toBe("+03:00");
    expect(offsetText(t("2025-07-01T12:00Z"), "America/New_York")).toBe("-04:00");
    expect(offsetText(t("2025-07-01T12:00Z"), "Asia/Kolkata")).toBe("+05:30");
  });

  it("explains each refusal with the field's name", () => {
    expect(timeFieldMessage("From", "format", "Kyiv time", EN)).toBe(
      "From is not a time: type it as YYYY-MM-DD HH:MM, e.g. 2025-11-13 18:00.",
    );
    expect(timeFieldMessage("To", "skipped", "Kyiv time", EN)).toBe(
      "To does not exist in Kyiv time: the clocks skipped that hour.",
    );
  });
});
