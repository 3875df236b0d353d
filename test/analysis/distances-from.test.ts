import { describe, expect, it } from "vitest";
import { toPointColumns } from "@/analysis/columns";
import { distancesFrom, orderByDistance } from "@/analysis/distances-from";
import { InvalidArgumentError, InvalidCoordinateError } from "@/analysis/errors";
import { geodesicInverse } from "@/analysis/geodesic";
import type { LngLat } from "@/domain/types";

const embassy: LngLat = [30.49056, 50.46082];

/** Deterministic points over Ukraine and beyond (a small LCG, no Math.random). */
function points(n: number): LngLat[] {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: n }, (): LngLat => [-20 + next() * 80, 30 + next() * 40]);
}

describe("distancesFrom", () => {
  it("agrees with geographiclib to a millimetre over 2000 points", () => {
    const pts = points(2000);
    const d = distancesFrom(embassy, pts);
    let maxErr = 0;
    pts.forEach((p, i) => {
      maxErr = Math.max(maxErr, Math.abs((d[i] as number) - geodesicInverse(embassy, p).distanceM));
    });
    expect(maxErr).toBeLessThan(1e-3);
  });

  it("gives golden distances for a few points, and only the requested rows", () => {
    const pts: LngLat[] = [embassy, [30.4906, 50.4612], [36.23, 49.99]];
    // Golden (geographiclib): 0 m, 42.365734 m, 412 794.591 m.
    const all = distancesFrom(embassy, pts);
    expect([...all].map((x) => Math.round(x * 1e3) / 1e3)).toEqual([0, 42.366, 412794.591]);
    expect(
      [...distancesFrom(embassy, toPointColumns(pts), 1, 2)].map((x) => Math.round(x * 1e3) / 1e3),
    ).toEqual([42.366]);
    expect(distancesFrom(embassy, [], 0, 0)).toEqual(new Float64Array(0));
  });

  it("throws typed errors for bad input", () => {
    expect(() => distancesFrom([Number.NaN, 50], [embassy])).toThrow(InvalidCoordinateError);
    expect(() => distancesFrom(embassy, [[200, 10]])).toThrow(InvalidCoordinateError);
    expect(() => distancesFrom(embassy, [embassy], 0, 2)).toThrow(InvalidArgumentError);
    expect(() => distancesFrom(embassy, [embassy], 1, 0)).toThrow(InvalidArgumentError);
  });

  it("does not mutate its input", () => {
    const pts = Object.freeze(points(10).map((p) => Object.freeze(p))) as readonly LngLat[];
    const columns = toPointColumns(pts);
    const copy = Float64Array.from(columns.lat);
    distancesFrom(Object.freeze([30, 50]) as LngLat, columns);
    expect(columns.lat).toEqual(copy);
  });
});

describe("orderByDistance", () => {
  it("sorts rows nearest first, ties in row order, offset by lo", () => {
    expect([...orderByDistance(Float64Array.from([5, 1, 5, 0]), 10)]).toEqual([13, 11, 10, 12]);
    expect(orderByDistance(new Float64Array(0))).toEqual(new Uint32Array(0));
  });
});
