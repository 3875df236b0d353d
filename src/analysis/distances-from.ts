/**
 * Distances from one fixed point (a mission) to a range of strike rows, in bulk, for the mission
 * panel's "strikes by distance" list at national scale. Added beside the engine by the measure
 * feature; it only composes the engine's kernel (./targets), ≈1e-8 m of geographiclib.
 */
import type { LngLat } from "@/domain/types";
import { type PointColumns, termsOf, toPointColumns } from "./columns";
import { InvalidArgumentError } from "./errors";
import { kernelTo, makeTarget } from "./targets";

/**
 * Geodesic distance in metres from `center` (`[lng, lat]`) to each row of `points` in
 * `[lo, hi)` (default all rows); element k is row lo + k. Throws InvalidCoordinateError for a bad
 * centre or point and InvalidArgumentError for a bad range. Never mutates its inputs.
 */
export function distancesFrom(
  center: LngLat,
  points: readonly LngLat[] | PointColumns,
  lo = 0,
  hi?: number,
): Float64Array {
  const pts = toPointColumns(points);
  const end = hi ?? pts.lng.length;
  if (
    !(
      Number.isInteger(lo) &&
      Number.isInteger(end) &&
      lo >= 0 &&
      lo <= end &&
      end <= pts.lng.length
    )
  ) {
    throw new InvalidArgumentError("range", `[${lo}, ${end}) is not within [0, ${pts.lng.length}]`);
  }
  const target = makeTarget(center);
  const terms = termsOf(pts);
  const out = new Float64Array(end - lo);
  for (let i = lo; i < end; i++) out[i - lo] = kernelTo(target, pts, terms, i);
  return out;
}

/**
 * Row indices (`lo + k`) of `distancesM` sorted nearest first; ties keep row order (strikes are
 * time-sorted, so the earlier strike first). Pure.
 */
export function orderByDistance(distancesM: Float64Array, lo = 0): Uint32Array {
  const order = new Uint32Array(distancesM.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  order.sort((a, b) => (distancesM[a] as number) - (distancesM[b] as number) || a - b);
  for (let k = 0; k < order.length; k++) order[k] = (order[k] as number) + lo;
  return order;
}
