import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  addUnits,
  clampWindow,
  floorToUnit,
  instantFromWallMs,
  nightAt,
  presetWindow,
  shiftWindow,
  startOfLocalDay,
  stepNight,
  unitForSpan,
  wallClockMs,
} from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import { toIsoMinute } from "@/lib/iso-time";

const KYIV = "Europe/Kyiv";
const t = (iso: string) => Date.parse(iso);
const iso = (tMs: number, zone = KYIV) => toIsoMinute(tMs, zone);
const isoWindow = (w: TimeWindow, zone = KYIV) => [iso(w.startMs, zone), iso(w.endMs, zone)];

describe("wall clock conversions", () => {
  it("reads Kyiv wall time in winter and summer", () => {
    expect(wallClockMs(t("2025-11-13T23:00Z"), KYIV)).toBe(t("2025-11-14T01:00Z"));
    expect(wallClockMs(t("2025-08-01T00:00Z"), KYIV)).toBe(t("2025-08-01T03:00Z"));
  });
  it("maps a skipped reading one hour later and a doubled one to its first occurrence", () => {
    // 30 Mar 2025: 03:00 → 04:00 in Kyiv; 03:30 does not exist.
    expect(iso(instantFromWallMs(t("2025-03-30T03:30Z"), KYIV))).toBe("2025-03-30T04:30+03:00");
    // 26 Oct 2025: 04:00 → 03:00; 03:30 happens twice, first at +03:00.
    expect(instantFromWallMs(t("2025-10-26T03:30Z"), KYIV)).toBe(t("2025-10-26T00:30Z"));
    expect(instantFromWallMs(t("2025-10-26T05:00Z"), KYIV)).toBe(t("2025-10-26T03:00Z"));
  });
  it("round-trips ordinary readings in several zones", () => {
    for (const zone of [KYIV, "UTC", "America/New_York", "Asia/Kolkata"]) {
      const tMs = t("2025-06-15T10:17Z");
      expect(instantFromWallMs(wallClockMs(tMs, zone), zone)).toBe(tMs);
    }
  });
});

describe("calendar steps", () => {
  it("finds local midnight, Monday and the hour", () => {
    expect(iso(startOfLocalDay(t("2025-11-14T01:00+02:00"), KYIV))).toBe("2025-11-14T00:00+02:00");
    expect(iso(floorToUnit(t("2025-11-12T10:20+02:00"), "week", KYIV))).toBe(
      "2025-11-10T00:00+02:00",
    );
    expect(iso(floorToUnit(t("2025-11-10T00:00+02:00"), "week", KYIV))).toBe(
      "2025-11-10T00:00+02:00",
    );
    expect(iso(floorToUnit(t("2025-11-12T10:20+02:00"), "day", KYIV))).toBe(
      "2025-11-12T00:00+02:00",
    );
    expect(iso(floorToUnit(t("2025-11-12T10:20+02:00"), "hour", KYIV))).toBe(
      "2025-11-12T10:00+02:00",
    );
    expect(iso(floorToUnit(t("2025-11-12T10:20Z"), "day", "UTC"), "UTC")).toBe(
      "2025-11-12T00:00+00:00",
    );
  });
  it("floors hours in a half-hour zone to its own hour", () => {
    expect(iso(floorToUnit(t("2025-06-15T10:17Z"), "hour", "Asia/Kolkata"), "Asia/Kolkata")).toBe(
      "2025-06-15T15:00+05:30",
    );
  });
  it("keeps local time across DST for days and counts elapsed time for hours", () => {
    const before = t("2025-03-29T12:00+02:00");
    expect(iso(addLocalDays(before, 1, KYIV))).toBe("2025-03-30T12:00+03:00");
    expect(addLocalDays(before, 1, KYIV) - before).toBe(23 * 3_600_000);
    expect(iso(addUnits(t("2025-03-30T00:00+02:00"), 24, "hour", KYIV))).toBe(
      "2025-03-31T01:00+03:00",
    );
    expect(iso(addUnits(t("2025-10-20T00:00+03:00"), 1, "week", KYIV))).toBe(
      "2025-10-27T00:00+02:00",
    );
  });
  it("chooses hours, days or weeks from the visible span", () => {
    expect(unitForSpan(3 * 86_400_000)).toBe("hour");
    expect(unitForSpan(30 * 86_400_000)).toBe("day");
    expect(unitForSpan(400 * 86_400_000)).toBe("week");
  });
});

describe("nights", () => {
  it("gives the night of 13–14 Nov 2025 for an instant in it or in the day before it", () => {
    const expected = ["2025-11-13T18:00+02:00", "2025-11-14T06:00+02:00"];
    expect(isoWindow(nightAt(t("2025-11-14T01:00+02:00"), KYIV))).toEqual(expected);
    expect(isoWindow(nightAt(t("2025-11-13T12:00+02:00"), KYIV))).toEqual(expected);
    expect(isoWindow(nightAt(t("2025-11-13T18:00+02:00"), KYIV))).toEqual(expected);
    expect(isoWindow(nightAt(t("2025-11-14T06:00+02:00"), KYIV))[0]).toBe("2025-11-14T18:00+02:00");
  });
  it("spans 13 hours on the night clocks go back and steps across it at 18:00 local", () => {
    const night = nightAt(t("2025-10-25T20:00+03:00"), KYIV);
    expect(isoWindow(night)).toEqual(["2025-10-25T18:00+03:00", "2025-10-26T06:00+02:00"]);
    expect(night.endMs - night.startMs).toBe(13 * 3_600_000);
    expect(isoWindow(stepNight(night, 1, KYIV))).toEqual([
      "2025-10-26T18:00+02:00",
      "2025-10-27T06:00+02:00",
    ]);
    expect(isoWindow(stepNight(night, -2, KYIV))[0]).toBe("2025-10-23T18:00+03:00");
  });
});

describe("window moves", () => {
  const domain = { startMs: t("2025-01-01T00:00+02:00"), endMs: t("2025-12-01T00:00+02:00") };
  it("shifts a 7-day window by whole local weeks across DST", () => {
    const week = { startMs: t("2025-03-24T00:00+02:00"), endMs: t("2025-03-31T00:00+03:00") };
    expect(isoWindow(shiftWindow(week, 1, KYIV))).toEqual([
      "2025-03-31T00:00+03:00",
      "2025-04-07T00:00+03:00",
    ]);
    expect(isoWindow(shiftWindow(week, -1, KYIV))).toEqual([
      "2025-03-17T00:00+02:00",
      "2025-03-24T00:00+02:00",
    ]);
  });
  it("clamps a window into the domain, keeping its width", () => {
    const late = { startMs: domain.endMs - 3_600_000, endMs: domain.endMs + 3_600_000 };
    expect(clampWindow(late, domain)).toEqual({
      startMs: domain.endMs - 7_200_000,
      endMs: domain.endMs,
    });
    const early = { startMs: domain.startMs - 10, endMs: domain.startMs + 10 };
    expect(clampWindow(early, domain)).toEqual({
      startMs: domain.startMs,
      endMs: domain.startMs + 20,
    });
    expect(clampWindow({ startMs: 0, endMs: 9e15 }, domain)).toEqual(domain);
  });
  it("builds presets from an anchor", () => {
    const anchor = t("2025-11-13T18:00+02:00");
    expect(isoWindow(presetWindow("night", anchor, domain, KYIV))).toEqual([
      "2025-11-13T18:00+02:00",
      "2025-11-14T06:00+02:00",
    ]);
    expect(presetWindow("24h", anchor, domain, KYIV).endMs - anchor).toBe(86_400_000);
    expect(isoWindow(presetWindow("7d", anchor, domain, KYIV))[1]).toBe("2025-11-20T18:00+02:00");
    // 30 days from 13 Nov would pass the domain end (1 Dec), so the window slides back.
    expect(isoWindow(presetWindow("30d", anchor, domain, KYIV))[1]).toBe("2025-12-01T00:00+02:00");
    expect(presetWindow("all", anchor, domain, KYIV)).toEqual(domain);
  });
  it("does not mutate its inputs", () => {
    const win = Object.freeze({
      startMs: t("2025-03-24T00:00+02:00"),
      endMs: t("2025-03-31T00:00+03:00"),
    });
    const dom = Object.freeze({ ...domain });
    shiftWindow(win, 2, KYIV);
    stepNight(win, 3, KYIV);
    clampWindow(win, dom);
    presetWindow("7d", win.startMs, dom, KYIV);
    expect(win).toEqual({
      startMs: t("2025-03-24T00:00+02:00"),
      endMs: t("2025-03-31T00:00+03:00"),
    });
    expect(dom).toEqual(domain);
  });
});
