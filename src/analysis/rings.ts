/**
 * Range rings around a mission: true-metre ring polygons for the map, and how many strikes fall
 * within each radius (measured, possibly and certainly, given location uncertainty).
 */
import type { LngLat } from "@/domain/types";
import { type PointColumns, type PointsInput, termsOf, toPointColumns } from "./columns";
import { InvalidArgumentError } from "./errors";
import { geodesicCircle } from "./geodesic";
import { chord2, exactTo, kernelTo, lowerBoundM, makeTarget, RECHECK_M } from "./targets";
import { assertNonNegative } from "./validate";

/** Default ring radii in metres: 100 m, 500 m, 1 km, 5 km, 25 km. */
export const DEFAULT_RADII_M: readonly number[] = [100, 500, 1000, 5000, 25_000];

/** A GeoJSON Polygon with one exterior ring (mutable arrays, as renderers expect). */
export interface RingPolygon {
  readonly radiusM: number;
  readonly polygon: { readonly type: "Polygon"; readonly coordinates: [number, number][][] };
}

function checkRadii(radiiM: readonly number[]): void {
  if (radiiM.length === 0) throw new InvalidArgumentError("radiiM", "must not be empty");
  radiiM.forEach((r, i) => {
    assertNonNegative(`radiiM[${i}]`, r);
  });
}

/**
 * One counter-clockwise polygon per radius (same order as `radiiM`), each a geodesic circle of
 * `steps` vertices (see geodesicCircle). Throws for bad centre, radii or steps. Pure.
 */
export function ringPolygons(
  center: LngLat,
  radiiM: readonly number[] = DEFAULT_RADII_M,
  steps = 64,
): RingPolygon[] {
  checkRadii(radiiM);
  return radiiM.map((radiusM) => ({
    radiusM,
    polygon: {
      type: "Polygon",
      coordinates: [
        geodesicCircle(center, radiusM, steps).map((p): [number, number] => [p[0], p[1]]),
      ],
    },
  }));
}

export interface RadiusCount {
  readonly radiusM: number;
  /** Points whose measured geodesic distance is ≤ radiusM. */
  readonly count: number;
  /** Points that may be within radiusM: distance − uncertainties ≤ radiusM. */
  readonly possibleCount: number;
  /** Points certainly within radiusM: distance + uncertainties ≤ radiusM. */
  readonly certainCount: number;
}

export interface CountOptions {
  /** Rows `[lo, hi)` to count (e.g. a time window from windowRange); default all. */
  readonly range?: readonly [number, number];
  /** Uncertainty of the centre (the mission), metres; default 0. */
  readonly centerUncertaintyM?: number;
  /** Per-point uncertainty in metres (e.g. StrikeColumns.uncertaintyM); default zeros. */
  readonly uncertaintyM?: ArrayLike<number>;
}

/**
 * For each radius, how many points lie within it (measured, possibly, certainly). Distances are
 * exact geodesics (kernel, with geographiclib re-checks within 1e-6 m of a boundary); points
 * beyond every radius are skipped by a rigorous chord bound. Accepts `[lng, lat][]` or columns.
 * Throws for bad radii, range or coordinates. Never mutates its inputs.
 */
export function countWithinRadii(
  center: LngLat,
  points: PointsInput,
  radiiM: readonly number[] = DEFAULT_RADII_M,
  options: CountOptions = {},
): RadiusCount[] {
  checkRadii(radiiM);
  const pts: PointColumns = toPointColumns(points);
  const target = makeTarget(center);
  const u0 = options.centerUncertaintyM ?? 0;
  assertNonNegative("centerUncertaintyM", u0);
  const [lo, hi] = options.range ?? [0, pts.lng.length];
  if (
    !(Number.isInteger(lo) && Number.isInteger(hi) && lo >= 0 && lo <= hi && hi <= pts.lng.length)
  ) {
    throw new InvalidArgumentError("range", `[${lo}, ${hi}) is not within [0, ${pts.lng.length}]`);
  }
  const unc = options.uncertaintyM;
  const terms = termsOf(pts);
  let maxReach = 0;
  for (const r of radiiM) maxReach = Math.max(maxReach, r);
  const count = radiiM.map(() => 0);
  const possible = radiiM.map(() => 0);
  const certain = radiiM.map(() => 0);
  for (let i = lo; i < hi; i++) {
    const u = u0 + (unc ? (unc[i] as number) : 0);
    if (lowerBoundM(chord2(target, terms, i)) - u > maxReach) continue;
    let d = kernelTo(target, pts, terms, i);
    const nearEdge = radiiM.some(
      (r) =>
        Math.abs(d - r) <= RECHECK_M ||
        Math.abs(d - u - r) <= RECHECK_M ||
        Math.abs(d + u - r) <= RECHECK_M,
    );
    if (nearEdge) d = exactTo(target, pts, i);
    for (let k = 0; k < radiiM.length; k++) {
      const r = radiiM[k] as number;
      if (d <= r) count[k] = (count[k] as number) + 1;
      if (Math.max(0, d - u) <= r) possible[k] = (possible[k] as number) + 1;
      if (d + u <= r) certain[k] = (certain[k] as number) + 1;
    }
  }
  return radiiM.map((radiusM, k) => ({
    radiusM,
    count: count[k] as number,
    possibleCount: possible[k] as number,
    certainCount: certain[k] as number,
  }));
}
