import { describe, expect, it } from "vitest";
import { toStrikeColumns } from "@/analysis/columns";
import { UnsortedTimesError } from "@/analysis/errors";
import { closestPerNight } from "@/analysis/nights";
import type { MissionLike } from "@/analysis/proximity";
import type { LngLat } from "@/domain/types";
import { deepFreeze, fixture } from "./helpers";

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
