/**
 * Fixed points (missions, ring centres) prepared for bulk distance work against strike columns:
 * the kernel terms plus the unit vector on the auxiliary sphere (reduced latitude), whose chord
 * gives rigorous bounds: b·angle ≤ s ≤ a·angle, and angle ≥ chord, for the ellipsoidal distance s
 * (b, a: semi-axes). Screening with these bounds never changes an answer, it only skips work.
 */
import type { LngLat } from "@/domain/types";
import type { GeodesicTerms, PointColumns } from "./columns";
import { type KernelPoint, kernelDistanceM, kernelPoint } from "./fast-geodesic";
import { geodesicDistanceUnchecked } from "./geodesic";
import { B_M } from "./geodesic-series";
import { assertLngLat } from "./validate";

/** Semi-major axis a, metres. */
export const A_M = 6_378_137;
/** Kernel results this close (metres) to a decision threshold are re-checked with geographiclib. */
export const RECHECK_M = 1e-6;

export interface Target {
  readonly kernel: KernelPoint;
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** Prepares `p` (`[lng, lat]`, validated) as a {@link Target}. Pure. */
export function makeTarget(p: LngLat, index?: number): Target {
  assertLngLat(p, index);
  const k = kernelPoint(p[0], p[1]);
  return { kernel: k, x: k.cosBeta * k.cosLng, y: k.cosBeta * k.sinLng, z: k.sinBeta };
}

/** Squared chord between `t` and row `i` on the unit auxiliary sphere. */
export function chord2(t: Target, terms: GeodesicTerms, i: number): number {
  const cb = terms.cosBeta[i] as number;
  const dx = cb * (terms.cosLng[i] as number) - t.x;
  const dy = cb * (terms.sinLng[i] as number) - t.y;
  const dz = (terms.sinBeta[i] as number) - t.z;
  return dx * dx + dy * dy + dz * dz;
}

/** A lower bound (metres) on the geodesic distance for squared chord `c2`: b · chord. */
export function lowerBoundM(c2: number): number {
  return B_M * Math.sqrt(c2) * (1 - 1e-12);
}

/** Geodesic distance (metres) from `t` to row `i`, by the fast kernel (≈1e-8 m of geographiclib). */
export function kernelTo(t: Target, pts: PointColumns, terms: GeodesicTerms, i: number): number {
  return kernelDistanceM(
    t.kernel,
    pts.lng[i] as number,
    pts.lat[i] as number,
    terms.sinLng[i] as number,
    terms.cosLng[i] as number,
    terms.sinBeta[i] as number,
    terms.cosBeta[i] as number,
  );
}

/** Geodesic distance (metres) from `t` to row `i` by geographiclib itself. */
export function exactTo(t: Target, pts: PointColumns, i: number): number {
  return geodesicDistanceUnchecked(
    t.kernel.lng,
    t.kernel.lat,
    pts.lng[i] as number,
    pts.lat[i] as number,
  );
}
