import { clustersDbscan, featureCollection, point } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { dbscan, dbscanLabel } from "@/analysis/dbscan";
import { InvalidArgumentError, InvalidCoordinateError } from "@/analysis/errors";
import type { LngLat } from "@/domain/types";
import { deepFreeze, fixture, rng } from "./helpers";

interface Case {
  label: string;
  points: LngLat[];
  epsM: number;
  minPoints: number;
  clusterIds: number[];
  labels: string[];
}

function turf(points: readonly LngLat[], epsM: number, minPoints: number) {
  const out = clustersDbscan(
    featureCollection(points.map((p) => point([p[0], p[1]]))),
    epsM / 1000,
    {
      units: "kilometers",
      minPoints,
    },
  );
  return {
    clusterIds: out.features.map((f) => (f.properties as { cluster?: number }).cluster ?? -1),
    labels: out.features.map((f) => (f.properties as { dbscan: string }).dbscan),
  };
}

function ours(points: readonly LngLat[], epsM: number, minPoints: number) {
  const r = dbscan(points, epsM, minPoints);
  return { clusterIds: Array.from(r.clusterIds), labels: points.map((_, i) => dbscanLabel(r, i)) };
}

/** Points in clumps around a few centres plus uniform noise over Ukraine. */
function randomPoints(n: number, seed: number): LngLat[] {
  const r = rng(seed);
  const centres = Array.from({ length: 12 }, () => [23 + r() * 16, 45 + r() * 7] as const);
  return Array.from({ length: n }, (): LngLat => {
    if (r() < 0.6) {
      const c = centres[Math.floor(r() * centres.length)] ?? [30, 50];
      const s = 0.005 + r() * 0.05;
      return [c[0] + (r() - 0.5) * s * 2, c[1] + (r() - 0.5) * s];
    }
    return [22 + r() * 18, 44.3 + r() * 8];
  });
}

describe("dbscan golden cases (Turf's output is the oracle)", () => {
  for (const c of fixture<Case[]>("analysis/dbscan.json")) {
    it(c.label, () => {
      expect(ours(c.points, c.epsM, c.minPoints)).toEqual({
        clusterIds: c.clusterIds,
        labels: c.labels,
      });
    });
  }
});

describe("dbscan is identical to turf.clustersDbscan on random inputs", () => {
  const cases: [n: number, epsM: number, minPoints: number, seed: number][] = [
    [500, 2000, 3, 1],
    [1000, 1000, 3, 2],
    [1500, 5000, 4, 3],
    [2000, 500, 2, 4],
    [2000, 10_000, 6, 5],
  ];
  for (const [n, eps, minPts, seed] of cases) {
    it(`${n} points, eps ${eps} m, minPoints ${minPts}`, () => {
      const pts = randomPoints(n, seed);
      expect(ours(pts, eps, minPts)).toEqual(turf(pts, eps, minPts));
    });
  }

  it("10 000 points, eps 1 km, minPoints 3 (one case: Turf is O(n²))", () => {
    // Half clumped, half uniform over a 140 × 170 km box: dense enough for every label to occur.
    const r = rng(42);
    const pts = [
      ...randomPoints(5000, 42),
      ...Array.from({ length: 5000 }, (): LngLat => [30 + r() * 2, 49 + r() * 1.5]),
    ];
    const expected = turf(pts, 1000, 3);
    const got = ours(pts, 1000, 3);
    expect(got.clusterIds).toEqual(expected.clusterIds);
    expect(got.labels).toEqual(expected.labels);
    expect(new Set(got.labels)).toEqual(new Set(["core", "edge", "noise"]));
  });
});

describe("dbscan edge cases", () => {
  it("empty input", () => {
    const r = dbscan([], 1000, 3);
    expect(r.clusterCount).toBe(0);
    expect(r.clusterIds).toHaveLength(0);
  });

  it("one point: noise with minPoints ≥ 2, its own cluster with minPoints 1", () => {
    expect(ours([[30, 50]], 1000, 2)).toEqual({ clusterIds: [-1], labels: ["noise"] });
    expect(ours([[30, 50]], 1000, 1)).toEqual({ clusterIds: [0], labels: ["core"] });
  });

  it("eps 0 links only identical points", () => {
    const pts: LngLat[] = [
      [30, 50],
      [30, 50],
      [30.000001, 50],
    ];
    expect(ours(pts, 0, 2)).toEqual(turf(pts, 0, 2));
    expect(ours(pts, 0, 2).clusterIds).toEqual([0, 0, -1]);
  });

  it("isCore is the textbook flag, unlike Turf's labels", () => {
    const c = fixture<Case[]>("analysis/dbscan.json").find((x) =>
      x.label.startsWith("index order"),
    );
    const r = dbscan(c?.points ?? [], 1000, 3);
    expect(Array.from(r.isCore)).toEqual([0, 1, 1, 1, 0]);
    expect(dbscanLabel(r, 4)).toBe("core"); // Turf calls this border point "core"
  });

  it("rejects NaN and out-of-range points and bad parameters", () => {
    expect(() => dbscan([[Number.NaN, 50]], 1000)).toThrow(InvalidCoordinateError);
    expect(() => dbscan([[30, 91]], 1000)).toThrow(InvalidCoordinateError);
    expect(() => dbscan([[200, 0]], 1000)).toThrow(InvalidCoordinateError);
    expect(() => dbscan([[30, 50]], -1)).toThrow(InvalidArgumentError);
    expect(() => dbscan([[30, 50]], Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => dbscan([[30, 50]], 1000, 0)).toThrow(InvalidArgumentError);
    expect(() => dbscan([[30, 50]], 1000, 2.5)).toThrow(InvalidArgumentError);
  });

  it("accepts columns and gives the same answer as the list", () => {
    const pts = randomPoints(800, 8);
    const cols = {
      lng: Float64Array.from(pts, (p) => p[0]),
      lat: Float64Array.from(pts, (p) => p[1]),
    };
    expect(Array.from(dbscan(cols, 3000, 3).clusterIds)).toEqual(
      Array.from(dbscan(pts, 3000, 3).clusterIds),
    );
  });

  it("does not mutate its inputs", () => {
    const pts = deepFreeze(randomPoints(200, 9));
    const copy = JSON.parse(JSON.stringify(pts));
    dbscan(pts, 5000, 3);
    expect(pts).toEqual(copy);
  });
});
