import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { strikeColumnsFrom } from "@/analysis/columns";
import { InvalidArgumentError, InvalidCoordinateError } from "@/analysis/errors";
import { countWithinRadii, DEFAULT_RADII_M, ringPolygons } from "@/analysis/rings";
import type { LngLat } from "@/domain/types";
import { deepFreeze, fixture, rng } from "./helpers";

const G = geographiclib.Geodesic;
const golden = fixture<{
  center: LngLat;
  centerUncertaintyM: number;
  radii: number[];
  points: { lngLat: LngLat; uncertaintyM: number }[];
  counts: { radiusM: number; count: number; possibleCount: number; certainCount: number }[];
}>("analysis/rings.json");

describe("ringPolygons", () => {
  it("gives one closed polygon per default radius at the true distance", () => {
    const rings = ringPolygons([30.49056, 50.46082]);
    expect(rings.map((r) => r.radiusM)).toEqual([100, 500, 1000, 5000, 25_000]);
    for (const { radiusM, polygon } of rings) {
      const ring = polygon.coordinates[0] ?? [];
      expect(polygon.type).toBe("Polygon");
      expect(ring).toHaveLength(65);
      expect(ring[0]).toEqual(ring[64]);
      for (const [lng, lat] of ring) {
        const d =
          G.WGS84.Inverse(50.46082, 30.49056, lat as number, lng as number, G.DISTANCE).s12 ?? 0;
        expect(Math.abs(d - radiusM)).toBeLessThan(1e-6);
      }
    }
  });

  it("rejects empty or negative radii", () => {
    expect(() => ringPolygons([30, 50], [])).toThrow(InvalidArgumentError);
    expect(() => ringPolygons([30, 50], [100, -1])).toThrow(InvalidArgumentError);
  });
});

describe("countWithinRadii", () => {
  it("matches the golden brute-force counts (measured, possible, certain)", () => {
    const pts = golden.points.map((p) => p.lngLat);
    const u = Float64Array.from(golden.points, (p) => p.uncertaintyM);
    const got = countWithinRadii(golden.center, pts, golden.radii, {
      uncertaintyM: u,
      centerUncertaintyM: golden.centerUncertaintyM,
    });
    expect(got).toEqual(golden.counts);
  });

  it("counts only the given range of rows (a time window)", () => {
    const pts = golden.points.map((p) => p.lngLat);
    const all = countWithinRadii(golden.center, pts, [25_000]);
    const firstHalf = countWithinRadii(golden.center, pts, [25_000], { range: [0, 6] });
    const secondHalf = countWithinRadii(golden.center, pts, [25_000], { range: [6, pts.length] });
    expect((firstHalf[0]?.count ?? 0) + (secondHalf[0]?.count ?? 0)).toBe(all[0]?.count);
    expect(countWithinRadii(golden.center, pts, [25_000], { range: [3, 3] })[0]?.count).toBe(0);
    expect(() => countWithinRadii(golden.center, pts, [1], { range: [0, 99] })).toThrow(
      InvalidArgumentError,
    );
  });

  it("equals a geographiclib count on 5000 random columns, boundary points included", () => {
    const r = rng(21);
    const c: LngLat = [30.4915, 50.4603];
    const pts: LngLat[] = [];
    for (let i = 0; i < 5000; i++) {
      const radius = DEFAULT_RADII_M[i % 5] as number;
      const d = i % 3 === 0 ? radius : r() * 30_000; // a third exactly on a ring
      const p = G.WGS84.Direct(c[1], c[0], r() * 360, d);
      pts.push([p.lon2 ?? 0, p.lat2 ?? 0]);
    }
    const cols = strikeColumnsFrom(
      Float64Array.from(pts, (p) => p[0]),
      Float64Array.from(pts, (p) => p[1]),
      new Float64Array(5000),
    );
    const got = countWithinRadii(c, cols);
    const dist = pts.map((p) => G.WGS84.Inverse(c[1], c[0], p[1], p[0], G.DISTANCE).s12 ?? 0);
    expect(got.map((g) => g.count)).toEqual(
      DEFAULT_RADII_M.map((rad) => dist.filter((d) => d <= rad).length),
    );
  });

  it("empty input gives zero counts; one point; identical points", () => {
    expect(countWithinRadii([30, 50], [], [100]).map((x) => x.count)).toEqual([0]);
    expect(countWithinRadii([30, 50], [[30, 50]], [0]).map((x) => x.count)).toEqual([1]);
    expect(
      countWithinRadii(
        [30, 50],
        [
          [30.001, 50],
          [30.001, 50],
        ],
        [100],
      ).map((x) => x.count),
    ).toEqual([2]);
  });

  it("counts across the antimeridian and near a pole; rejects a NaN centre or point", () => {
    const across = countWithinRadii(
      [179.999, 10],
      [
        [-179.999, 10],
        [-179.9, 10],
      ],
      [1000, 20_000],
    );
    expect(across.map((x) => x.count)).toEqual([1, 2]);
    const polar = countWithinRadii(
      [0, 89.99],
      [
        [180, 89.99],
        [90, 89.99],
      ],
      [2000, 5000],
    );
    expect(polar.map((x) => x.count)).toEqual([1, 2]); // 2.23 km (over the pole) and 1.58 km
    expect(() => countWithinRadii([Number.NaN, 0], [[0, 0]])).toThrow(InvalidCoordinateError);
    expect(() => countWithinRadii([0, 0], [[0, -91]])).toThrow(InvalidCoordinateError);
  });

  it("does not mutate its inputs", () => {
    const pts = deepFreeze(golden.points.map((p) => p.lngLat));
    const radii = deepFreeze([100, 1000]);
    countWithinRadii(golden.center, pts, radii);
    expect(radii).toEqual([100, 1000]);
  });
});
