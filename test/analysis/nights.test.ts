import { describe, expect, it } from "vitest";
import { toStrikeColumns } from "@/analysis/columns";
import { UnsortedTimesError } from "@/analysis/errors";
import {
  adjacentNightWithStrikes,
  closestPerNight,
  firstNightWithStrikes,
} from "@/analysis/nights";
import type { MissionLike } from "@/analysis/proximity";
import { windowRange } from "@/analysis/time-index";
import { nightAt, stepNight } from "@/analysis/time-windows";
import type { LngLat } from "@/domain/types";
import { toIsoMinute } from "@/lib/iso-time";
import { deepFreeze, fixture, rng } from "./helpers";

const golden = fixture<{
  mission: MissionLike;
  strikes: { tMs: number; lngLat: LngLat; uncertaintyM: number }[];
  nights: {
    nightDate: string;
    startMs: number;
    endMs: number;
    strikeIndex: number;
    distanceM: number;
    minM: number;
    maxM: number;
    strikeCount: number;
  }[];
}>("analysis/nights.json");

describe("closestPerNight", () => {
  it("matches the golden nights (Intl-scanned bounds, geographiclib distances)", () => {
    const got = closestPerNight(golden.mission, golden.strikes);
    expect(got.map((n) => n.nightDate)).toEqual(golden.nights.map((n) => n.nightDate));
    got.forEach((n, i) => {
      const e = golden.nights[i];
      expect(n.startMs).toBe(e?.startMs);
      expect(n.endMs).toBe(e?.endMs);
      expect(n.strikeIndex).toBe(e?.strikeIndex);
      expect(n.strikeCount).toBe(e?.strikeCount);
      expect(n.distanceM).toBeCloseTo(e?.distanceM ?? Number.NaN, 6);
      expect(n.minM).toBeCloseTo(e?.minM ?? Number.NaN, 6);
      expect(n.maxM).toBeCloseTo(e?.maxM ?? Number.NaN, 6);
    });
  });

  it("nights across DST last 13 h (fall back) and 11 h (spring forward)", () => {
    const got = closestPerNight(golden.mission, golden.strikes);
    const hours = (n: { startMs: number; endMs: number }) => (n.endMs - n.startMs) / 3_600_000;
    expect(got.find((n) => n.nightDate === "2025-10-25")).toSatisfy(
      (n: { startMs: number; endMs: number }) => hours(n) === 13,
    );
    expect(got.find((n) => n.nightDate === "2025-03-29")).toSatisfy(
      (n: { startMs: number; endMs: number }) => hours(n) === 11,
    );
  });

  it("uses the time zone it is given", () => {
    // 17:30 UTC is 19:30 in Kyiv (night) but 17:30 in UTC (day).
    const s = [
      { tMs: Date.parse("2025-01-10T17:30:00Z"), lngLat: [30.5, 50.45] as LngLat, uncertaintyM: 0 },
    ];
    expect(closestPerNight(golden.mission, s)).toHaveLength(1);
    expect(closestPerNight(golden.mission, s, "UTC")).toHaveLength(0);
  });

  it("accepts columns, and the same answer as for the list", () => {
    const cols = toStrikeColumns(golden.strikes);
    expect(closestPerNight(golden.mission, cols)).toEqual(
      closestPerNight(golden.mission, golden.strikes),
    );
  });

  it("empty input, one strike, identical strikes (earliest wins)", () => {
    expect(closestPerNight(golden.mission, [])).toEqual([]);
    const t = Date.parse("2025-01-10T20:00:00Z");
    const same = [0, 1, 2].map((k) => ({
      tMs: t + k,
      lngLat: [30.6, 50.5] as LngLat,
      uncertaintyM: 10,
    }));
    const [n] = closestPerNight(golden.mission, same);
    expect(n?.strikeIndex).toBe(0);
    expect(n?.strikeCount).toBe(3);
    expect(closestPerNight(golden.mission, same.slice(0, 1))).toHaveLength(1);
  });

  it("exact ties (mirror images about the mission's meridian) go to the earlier strike", () => {
    const mission: MissionLike = { id: "m", lngLat: [30, 50], uncertaintyM: 0 };
    const strikes = Array.from({ length: 60 }, (_, k) => {
      const night = Date.parse("2025-01-01T20:00:00Z") + Math.floor(k / 2) * 86_400_000;
      const dLng = 0.05 + Math.floor(k / 2) * 0.013;
      return {
        tMs: night + (k % 2),
        lngLat: [k % 2 ? 30 - dLng : 30 + dLng, 50.7] as LngLat,
        uncertaintyM: 0,
      };
    });
    const nights = closestPerNight(mission, strikes);
    expect(nights).toHaveLength(30);
    expect(nights.map((n) => n.strikeIndex)).toEqual(nights.map((_, k) => 2 * k));
  });

  it("rejects unsorted strikes and bad zones", () => {
    const s = [...golden.strikes].reverse();
    expect(() => closestPerNight(golden.mission, s)).toThrow(UnsortedTimesError);
    expect(() => closestPerNight(golden.mission, golden.strikes, "Nowhere/Else")).toThrow();
  });

  it("does not mutate its inputs", () => {
    const strikes = deepFreeze(golden.strikes.map((s) => ({ ...s })));
    const mission = deepFreeze({ ...golden.mission });
    expect(() => closestPerNight(mission, strikes)).not.toThrow();
  });
});

describe("nights with strikes (skipping empty nights)", () => {
  const KYIV = "Europe/Kyiv";
  const t = (iso: string) => Date.parse(iso);
  const show = (w: { startMs: number; endMs: number } | undefined) =>
    w ? `${toIsoMinute(w.startMs)} – ${toIsoMinute(w.endMs)}` : "none";
  const night = (isoStart: string) => nightAt(t(isoStart), KYIV);
  // Kyiv springs forward on 30 Mar 2025 (03:00 → 04:00).
  const times = deepFreeze([
    t("2025-03-28T20:00+02:00"), // night of 28 Mar
    t("2025-03-29T12:00+02:00"), // daylight
    t("2025-03-30T05:00+03:00"), // night of 29 Mar (11 h long)
    t("2025-04-01T10:00+03:00"), // daylight only, three days running
    t("2025-04-02T10:00+03:00"),
    t("2025-04-03T17:59+03:00"),
    t("2025-04-05T23:00+03:00"), // night of 5 Apr
    t("2025-04-07T06:00+03:00"), // 06:00 is daylight (nights are closed-open)
    t("2025-04-07T18:00+03:00"), // 18:00 opens the night of 7 Apr
  ]);

  it("steps forward to the next night that has a strike (golden, across DST)", () => {
    const walk: string[] = [];
    let w = adjacentNightWithStrikes(times, night("2025-03-28T19:00+02:00"), 1, KYIV);
    while (w) {
      walk.push(show(w));
      w = adjacentNightWithStrikes(times, w, 1, KYIV);
    }
    expect(walk).toEqual([
      "2025-03-29T18:00+02:00 – 2025-03-30T06:00+03:00",
      "2025-04-05T18:00+03:00 – 2025-04-06T06:00+03:00",
      "2025-04-07T18:00+03:00 – 2025-04-08T06:00+03:00",
    ]);
  });

  it("steps back to the previous night that has a strike", () => {
    const walk: string[] = [];
    let w = adjacentNightWithStrikes(times, night("2025-04-07T19:00+03:00"), -1, KYIV);
    while (w) {
      walk.push(show(w));
      w = adjacentNightWithStrikes(times, w, -1, KYIV);
    }
    expect(walk).toEqual([
      "2025-04-05T18:00+03:00 – 2025-04-06T06:00+03:00",
      "2025-03-29T18:00+02:00 – 2025-03-30T06:00+03:00",
      "2025-03-28T18:00+02:00 – 2025-03-29T06:00+02:00",
    ]);
  });

  it("works from an empty night, and finds the first night with a strike", () => {
    const empty = night("2025-04-02T20:00+03:00");
    expect(show(adjacentNightWithStrikes(times, empty, 1, KYIV))).toBe(
      "2025-04-05T18:00+03:00 – 2025-04-06T06:00+03:00",
    );
    expect(show(adjacentNightWithStrikes(times, empty, -1, KYIV))).toBe(
      "2025-03-29T18:00+02:00 – 2025-03-30T06:00+03:00",
    );
    expect(show(firstNightWithStrikes(times, KYIV))).toBe(
      "2025-03-28T18:00+02:00 – 2025-03-29T06:00+02:00",
    );
    // From a given instant: its own night when it has a strike, else the next one that does.
    expect(show(firstNightWithStrikes(times, KYIV, t("2025-03-29T02:00+02:00")))).toBe(
      "2025-03-28T18:00+02:00 – 2025-03-29T06:00+02:00",
    );
    expect(show(firstNightWithStrikes(times, KYIV, empty.startMs))).toBe(
      "2025-04-05T18:00+03:00 – 2025-04-06T06:00+03:00",
    );
    expect(firstNightWithStrikes(times, KYIV, t("2025-12-01T20:00+02:00"))).toBeUndefined();
    expect(firstNightWithStrikes([t("2025-04-01T10:00+03:00")], KYIV)).toBeUndefined();
    expect(firstNightWithStrikes([], KYIV)).toBeUndefined();
    expect(adjacentNightWithStrikes([], empty, 1, KYIV)).toBeUndefined();
  });

  it("gives the 13-hour night when the clocks go back, and follows the zone", () => {
    const autumn = [t("2025-10-20T20:00+03:00"), t("2025-10-26T05:30+02:00")];
    const w = adjacentNightWithStrikes(autumn, night("2025-10-20T20:00+03:00"), 1, KYIV);
    expect(show(w)).toBe("2025-10-25T18:00+03:00 – 2025-10-26T06:00+02:00");
    expect(((w?.endMs ?? 0) - (w?.startMs ?? 0)) / 3_600_000).toBe(13);
    // 05:30 Kyiv is 03:30 UTC: in UTC that strike belongs to the night of 25 Oct as well, but
    // 20:00 Kyiv (17:00 UTC) is still a UTC night too; nights are taken in the zone given.
    const utc = adjacentNightWithStrikes(autumn, nightAt(autumn[0] as number, "UTC"), 1, "UTC");
    expect([utc?.startMs, utc?.endMs]).toEqual([t("2025-10-25T18:00Z"), t("2025-10-26T06:00Z")]);
  });

  it("agrees with stepping night by night and counting (random data)", () => {
    const next = rng(7);
    const start = t("2025-01-01T00:00+02:00");
    const sorted = Array.from({ length: 300 }, () => start + next() * 200 * 86_400_000).sort(
      (a, b) => a - b,
    );
    const has = (w: { startMs: number; endMs: number }) => {
      const [lo, hi] = windowRange(sorted, w);
      return hi > lo;
    };
    const brute = (w: { startMs: number; endMs: number }, dir: 1 | -1) => {
      let n = stepNight(w, dir, KYIV);
      for (let i = 0; i < 400; i++, n = stepNight(n, dir, KYIV)) if (has(n)) return n;
      return undefined;
    };
    let w = nightAt(start - 86_400_000, KYIV);
    for (let i = 0; i < 60; i++) {
      const got = adjacentNightWithStrikes(sorted, w, 1, KYIV);
      expect(got).toEqual(brute(w, 1));
      if (!got) break;
      expect(adjacentNightWithStrikes(sorted, got, -1, KYIV)).toEqual(brute(got, -1));
      w = stepNight(got, 2, KYIV);
    }
  });

  it("binary-searches: reads a handful of the 200 000 instants, not all of them", () => {
    const n = 200_000;
    const base = t("2025-05-01T20:00+03:00");
    const data = Array.from({ length: n }, (_, i) =>
      i < n - 1 ? base + i : t("2025-09-01T22:00+03:00"),
    );
    let reads = 0;
    const counted = new Proxy(data, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as unknown as ArrayLike<number>;
    const w = adjacentNightWithStrikes(counted, nightAt(base, KYIV), 1, KYIV);
    expect(show(w)).toBe("2025-09-01T18:00+03:00 – 2025-09-02T06:00+03:00");
    expect(reads).toBeLessThan(100);
    reads = 0;
    const back = adjacentNightWithStrikes(counted, w ?? nightAt(base, KYIV), -1, KYIV);
    expect(show(back)).toBe("2025-05-01T18:00+03:00 – 2025-05-02T06:00+03:00");
    expect(reads).toBeLessThan(100);
  });

  it("does not mutate its inputs", () => {
    const copy = [...times];
    const w = Object.freeze({ ...night("2025-03-28T19:00+02:00") });
    expect(() => adjacentNightWithStrikes(times, w, 1, KYIV)).not.toThrow();
    expect(() => adjacentNightWithStrikes(times, w, -1, KYIV)).not.toThrow();
    expect(() => firstNightWithStrikes(times, KYIV)).not.toThrow();
    expect(times).toEqual(copy);
    expect(w).toEqual(night("2025-03-28T19:00+02:00"));
  });
});
