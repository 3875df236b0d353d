import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { summarizeClusters } from "@/analysis/clusters";
import { dbscan } from "@/analysis/dbscan";
import { InvalidArgumentError } from "@/analysis/errors";
import type { MissionLike } from "@/analysis/proximity";
import type { LngLat } from "@/domain/types";
import { deepFreeze } from "./helpers";

const G = geographiclib.Geodesic;
const missions: MissionLike[] = [
  { id: "kyiv", lngLat: [30.49056, 50.46082], uncertaintyM: 30 },
  { id: "kharkiv", lngLat: [36.23, 49.99], uncertaintyM: 300 },
];
const pts: LngLat[] = [
  [30.5, 50.45],
  [30.505, 50.451],
  [30.51, 50.449],
  [30.507, 50.455],
  [36.2, 49.99],
  [36.205, 49.991],
  [36.201, 49.995],
  [33, 48],
];
const cols = { lng: Float64Array.from(pts, (p) => p[0]), lat: Float64Array.from(pts, (p) => p[1]) };
const tMs = [10, 20, 30, 40, 5, 50, 60, 70];

describe("summarizeClusters", () => {
  const result = dbscan(cols, 1000, 3);
  const summary = summarizeClusters(result, cols, { tMs, missions, hull: true, indexOffset: 100 });

  it("gives members, counts, time span and centroid per cluster", () => {
    expect(summary.map((s) => s.count)).toEqual([4, 3]);
    expect(summary[0]?.strikeIndices).toEqual([100, 101, 102, 103]);
    expect(summary[1]?.strikeIndices).toEqual([104, 105, 106]);
    expect([summary[1]?.startMs, summary[1]?.endMs]).toEqual([5, 60]);
    expect(summary[0]?.centroid[0]).toBeCloseTo((30.5 + 30.505 + 30.51 + 30.507) / 4, 12);
    expect(summary[0]?.centroid[1]).toBeCloseTo((50.45 + 50.451 + 50.449 + 50.455) / 4, 12);
    expect(summary[0]?.coreCount).toBe(4);
  });

  it("names the nearest mission with a geographiclib distance", () => {
    const s = summary[1];
    expect(s?.nearestMissionId).toBe("kharkiv");
    const c = s?.centroid ?? [0, 0];
    expect(s?.nearestMissionDistanceM).toBeCloseTo(
      G.WGS84.Inverse(c[1], c[0], 49.99, 36.23, G.DISTANCE).s12 ?? 0,
      6,
    );
  });

  it("hull is a closed ring containing every member", () => {
    const hull = summary[0]?.hull ?? [];
    expect(hull.length).toBeGreaterThanOrEqual(4);
    expect(hull[0]).toEqual(hull.at(-1));
    const xs = hull.map((p) => p[0]);
    for (const i of [0, 1, 2, 3]) {
      expect(pts[i]?.[0]).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(pts[i]?.[0]).toBeLessThanOrEqual(Math.max(...xs));
    }
  });

  it("no hull for identical or collinear members; none requested by default", () => {
    const same = { lng: new Float64Array([30, 30, 30]), lat: new Float64Array([50, 50, 50]) };
    const r = dbscan(same, 10, 3);
    expect(summarizeClusters(r, same, { hull: true })[0]?.hull).toBeUndefined();
    expect(summarizeClusters(r, same)[0]).toMatchObject({
      count: 3,
      hull: undefined,
      nearestMissionId: undefined,
    });
    expect(Number.isNaN(summarizeClusters(r, same)[0]?.startMs)).toBe(true);
  });

  it("empty result gives no clusters; mismatched rows throw", () => {
    const empty = { lng: new Float64Array(0), lat: new Float64Array(0) };
    expect(summarizeClusters(dbscan(empty, 10, 3), empty)).toEqual([]);
    expect(() => summarizeClusters(result, empty)).toThrow(InvalidArgumentError);
  });

  it("does not mutate its inputs", () => {
    const t = deepFreeze([...tMs]);
    const ms = deepFreeze(missions.map((m) => ({ ...m })));
    expect(() =>
      summarizeClusters(result, cols, { tMs: t, missions: ms, hull: true }),
    ).not.toThrow();
  });
});
