import { describe, expect, it } from "vitest";
import { i18nFor } from "@/i18n/catalog";
import { toIsoMinute } from "@/lib/iso-time";
import { axisTicks } from "@/ui/timeline/axis-ticks";
import { groupEvents } from "@/ui/timeline/event-groups";
import { handleValueText, windowCountLabel } from "@/ui/timeline/time-format";
import {
  barShare,
  fractionOf,
  MIN_BAR_SHARE,
  snapTime,
  timeAtX,
  viewAround,
  zoomView,
} from "@/ui/timeline/track-math";

const KYIV = "Europe/Kyiv";
const t = (iso: string) => Date.parse(iso);
const view = { startMs: t("2025-11-01T00:00+02:00"), endMs: t("2025-11-11T00:00+02:00") };

const EN = i18nFor("en");

describe("track math", () => {
  it("maps instants to fractions and pointer x back to instants", () => {
    expect(fractionOf(t("2025-11-06T00:00+02:00"), view)).toBe(0.5);
    expect(fractionOf(0, view)).toBe(0);
    expect(fractionOf(9e15, view)).toBe(1);
    expect(timeAtX(150, 100, 200, view)).toBe(t("2025-11-03T12:00+02:00"));
    expect(timeAtX(0, 100, 200, view)).toBe(view.startMs);
  });
  it("snaps to 15 minutes, the local hour or local midnight", () => {
    expect(toIsoMinute(snapTime(t("2025-11-05T10:08+02:00"), "hour", KYIV))).toBe(
      "2025-11-05T10:15+02:00",
    );
    expect(toIsoMinute(snapTime(t("2025-11-05T10:29+02:00"), "day", KYIV))).toBe(
      "2025-11-05T10:00+02:00",
    );
    expect(toIsoMinute(snapTime(t("2025-11-05T13:00+02:00"), "week", KYIV))).toBe(
      "2025-11-06T00:00+02:00",
    );
    expect(toIsoMinute(snapTime(t("2025-11-05T11:00+02:00"), "week", KYIV))).toBe(
      "2025-11-05T00:00+02:00",
    );
  });
  it("zooms around a centre inside the domain", () => {
    const domain = { startMs: t("2025-01-01T00:00+02:00"), endMs: t("2025-12-01T00:00+02:00") };
    const center = t("2025-11-06T00:00+02:00");
    const zoomed = zoomView(view, 0.5, center, domain);
    expect(zoomed.endMs - zoomed.startMs).toBe(5 * 86_400_000);
    expect(fractionOf(center, zoomed)).toBeCloseTo(0.5, 9);
    expect(zoomView(view, 1000, center, domain)).toEqual(domain);
    const atEdge = zoomView(
      { startMs: domain.endMs - 86_400_000, endMs: domain.endMs },
      4,
      domain.endMs,
      domain,
    );
    expect(atEdge.endMs).toBe(domain.endMs);
    const around = viewAround({ startMs: center, endMs: center + 86_400_000 }, domain);
    expect(around.endMs - around.startMs).toBe(2 * 86_400_000);
  });
});

describe("time format", () => {
  const night = { startMs: t("2025-11-13T18:00+02:00"), endMs: t("2025-11-14T06:00+02:00") };
  it("writes the count line and the handle text", () => {
    expect(windowCountLabel(12, night, KYIV, "Kyiv", EN)).toBe(
      "12 strikes · 13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)",
    );
    expect(windowCountLabel(1, night, "UTC", "UTC", EN)).toBe(
      "1 strike · 13 Nov 2025 16:00 – 14 Nov 2025 04:00 (UTC)",
    );
    expect(handleValueText(night.startMs, KYIV, "Kyiv", EN)).toBe("13 Nov 2025, 18:00 Kyiv");
  });
});

describe("histogram bar scale", () => {
  it("keeps one strike visible beside a hundred, on a square-root scale", () => {
    expect(barShare(0, 100)).toBe(0);
    expect(barShare(1, 100)).toBeGreaterThanOrEqual(MIN_BAR_SHARE);
    expect(barShare(1, 100)).toBeCloseTo(MIN_BAR_SHARE + (1 - MIN_BAR_SHARE) * 0.1);
    expect(barShare(25, 100)).toBeCloseTo(MIN_BAR_SHARE + (1 - MIN_BAR_SHARE) * 0.5);
    expect(barShare(100, 100)).toBe(1);
    expect(barShare(3, 0)).toBe(0);
    // On a 60 px track one strike next to a bin of 40 is at least 13 px tall (was 3–5 px).
    expect(barShare(1, 40) * 60).toBeGreaterThan(13);
  });
});

describe("axis ticks", () => {
  it("labels round local times and stays within the view", () => {
    const ticks = axisTicks(view, KYIV);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(9);
    expect(ticks.every((k) => k.tMs >= view.startMs && k.tMs <= view.endMs)).toBe(true);
    // Ten days → ticks at Mondays (3 and 10 Nov 2025).
    expect(ticks.map((k) => k.label)).toEqual(["3 Nov", "10 Nov"]);
    const year = axisTicks(
      { startMs: t("2024-01-02T00:00+02:00"), endMs: t("2025-11-22T00:00+02:00") },
      KYIV,
    );
    expect(year.map((k) => k.label)).toEqual([
      "Apr 2024",
      "Jul 2024",
      "Oct 2024",
      "Jan 2025",
      "Apr 2025",
      "Jul 2025",
      "Oct 2025",
    ]);
    const night = axisTicks(
      { startMs: t("2025-11-13T18:00+02:00"), endMs: t("2025-11-14T06:00+02:00") },
      KYIV,
    );
    expect(night.map((k) => k.label)).toEqual(["18:00", "21:00", "14 Nov", "03:00", "06:00"]);
  });
  it("names the first year at the left edge when no tick falls in it", () => {
    const history = axisTicks(
      { startMs: t("2022-03-01T00:00+02:00"), endMs: t("2026-01-01T00:00+02:00") },
      KYIV,
    );
    expect(history.map((k) => k.label)).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    expect(history[0]).toMatchObject({ tMs: t("2022-03-01T00:00+02:00"), edge: true });
    expect(history.slice(1).some((k) => k.edge)).toBe(false);
  });
  it("returns nothing for an empty view", () => {
    expect(axisTicks({ startMs: 5, endMs: 5 }, KYIV)).toEqual([]);
  });
});

describe("event groups", () => {
  const ev = (id: string, iso: string) =>
    ({ id, tMs: t(iso) }) as unknown as import("@/domain/types").DiplomaticEvent;
  const events = Object.freeze([
    ev("a", "2025-11-01T12:00+02:00"),
    ev("b", "2025-11-01T17:00+02:00"),
    ev("c", "2025-11-02T06:00+02:00"),
    ev("d", "2025-11-09T12:00+02:00"),
    ev("late", "2025-12-01T00:00+02:00"),
  ]);
  it("merges markers that would overlap on the track, and keeps events outside the view out", () => {
    // 10 days over 1000 px: 100 px a day; a 24 px gap is under 6 hours.
    const groups = groupEvents(events, view, 1000, 24);
    expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(groups[0]?.fraction).toBeCloseTo(0.05, 9);
    // On a narrow track everything in the first day collapses into one marker.
    expect(groupEvents(events, view, 100, 24).map((g) => g.events.length)).toEqual([3, 1]);
  });
  it("keeps every event separate when the width is unknown, and does not mutate input", () => {
    expect(groupEvents(events, view, 0, 24)).toHaveLength(4);
    expect(events.map((e) => e.id)).toEqual(["a", "b", "c", "d", "late"]);
  });
});
