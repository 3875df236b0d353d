/**
 * Exact geodesics on the WGS84 ellipsoid via geographiclib-geodesic (Karney's algorithms, errors of
 * a few nanometres). Every distance or bearing a user reads comes from here.
 * Coordinates are `[lng, lat]` in degrees; distances are metres; bearings are degrees clockwise
 * from true north in [0, 360).
 */
import geographiclib from "geographiclib-geodesic";
import type { LngLat } from "@/domain/types";
import { InvalidArgumentError } from "./errors";
import { assertInteger, assertLngLat, assertNonNegative } from "./validate";

const { Geodesic } = geographiclib;
/** The WGS84 ellipsoid solver (a = 6378137 m, f = 1/298.257223563). */
export const WGS84 = Geodesic.WGS84;
const INVERSE_MASK = Geodesic.DISTANCE | Geodesic.AZIMUTH;
const DIRECT_MASK = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL;

export interface GeodesicInverse {
  readonly distanceM: number;
  /** Azimuth of the geodesic at the start point, degrees clockwise from north, [0, 360). */
  readonly initialBearingDeg: number;
  /** Azimuth of the geodesic (direction of travel) at the end point, [0, 360). */
  readonly finalBearingDeg: number;
}

/** Maps any azimuth in degrees to [0, 360); -0 and 360 become 0. */
export function normalizeBearingDeg(deg: number): number {
  const r = deg % 360;
  const n = r < 0 ? r + 360 : r;
  return n === 360 || n === 0 ? 0 : n;
}

/**
 * Distance and bearings from `a` to `b` on the WGS84 ellipsoid (geographiclib Inverse).
 * Identical points give distance 0 and bearings as geographiclib defines them (180 for
 * coincident points off the poles); antipodal and polar points are handled exactly.
 * Throws InvalidCoordinateError for NaN or out-of-range input. Never mutates its inputs.
 */
export function geodesicInverse(a: LngLat, b: LngLat): GeodesicInverse {
  assertLngLat(a, 0);
  assertLngLat(b, 1);
  const r = WGS84.Inverse(a[1], a[0], b[1], b[0], INVERSE_MASK);
  return {
    distanceM: r.s12 ?? Number.NaN,
    initialBearingDeg: normalizeBearingDeg(r.azi1 ?? Number.NaN),
    finalBearingDeg: normalizeBearingDeg(r.azi2 ?? Number.NaN),
  };
}

/** Distance in metres only (geographiclib), without argument checks: the inner-loop form. */
export function geodesicDistanceUnchecked(
  lng1: number,
  lat1: number,
  lng2: number,
  lat2: number,
): number {
  return WGS84.Inverse(lat1, lng1, lat2, lng2, Geodesic.DISTANCE).s12 ?? Number.NaN;
}

/**
 * The point reached from `origin` after `distanceM` metres on initial bearing `bearingDeg`
 * (geographiclib Direct). The longitude is unrolled: it may leave [-180, 180] when the path
 * crosses the antimeridian, so consecutive points stay continuous for drawing.
 */
export function geodesicDirect(origin: LngLat, bearingDeg: number, distanceM: number): LngLat {
  assertLngLat(origin);
  const r = WGS84.Direct(origin[1], origin[0], bearingDeg, distanceM, DIRECT_MASK);
  return [r.lon2 ?? Number.NaN, r.lat2 ?? Number.NaN];
}

/**
 * Points along the geodesic from `a` to `b` (both included), no two more than `maxSegmentM`
 * apart (default 10 km) — but never more than `maxSegments` segments (default and ceiling 10 000),
 * so a caller can bound the vertices a line costs whatever its length. Longitudes are unrolled from `a`'s, so a line
 * across the antimeridian runs e.g. 179 → 181 instead of jumping to -179. Identical points give
 * `[a, a]`.
 */
export function geodesicLine(
  a: LngLat,
  b: LngLat,
  maxSegmentM = 10_000,
  maxSegments = 10_000,
): LngLat[] {
  assertLngLat(a, 0);
  assertLngLat(b, 1);
  if (!(maxSegmentM > 0 && Number.isFinite(maxSegmentM))) {
    throw new InvalidArgumentError(
      "maxSegmentM",
      `must be a finite number > 0, got ${maxSegmentM}`,
    );
  }
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], DIRECT_MASK | Geodesic.DISTANCE_IN);
  const totalM = line.s13;
  const cap = Math.min(10_000, Math.max(1, Math.floor(maxSegments) || 1));
  const segments = Math.min(cap, Math.max(1, Math.ceil(totalM / maxSegmentM)));
  const out: LngLat[] = [[a[0], a[1]]];
  for (let i = 1; i < segments; i++) {
    const p = line.Position((totalM * i) / segments, DIRECT_MASK);
    out.push([p.lon2 ?? Number.NaN, p.lat2 ?? Number.NaN]);
  }
  const end = line.Position(totalM, DIRECT_MASK);
  out.push([end.lon2 ?? b[0], b[1]]);
  return out;
}

/**
 * A closed ring (first point repeated last, `steps + 1` points) of true geodesic radius
 * `radiusM` around `center`, counter-clockwise as GeoJSON asks (azimuths 0, -360/steps, …).
 * Longitudes are unrolled around the centre's, so a ring across the antimeridian stays
 * continuous. A ring that encloses a pole is returned as computed (its longitudes wrap 360°) and
 * is not a valid lng/lat polygon. Radius 0 gives `steps + 1` copies of the centre.
 * Throws for NaN/negative radius or `steps` outside [3, 10 000].
 */
export function geodesicCircle(center: LngLat, radiusM: number, steps = 64): LngLat[] {
  assertLngLat(center);
  assertNonNegative("radiusM", radiusM);
  assertInteger("steps", steps, 3, 10_000);
  const ring: LngLat[] = [];
  for (let i = 0; i < steps; i++) {
    const azimuth = i === 0 ? 0 : 360 - (360 * i) / steps;
    const r = WGS84.Direct(center[1], center[0], azimuth, radiusM, DIRECT_MASK);
    ring.push([r.lon2 ?? Number.NaN, r.lat2 ?? Number.NaN]);
  }
  const first = ring[0] as LngLat;
  ring.push([first[0], first[1]]);
  return ring;
}

/** The closed interval a true distance may lie in, given each point's location uncertainty. */
export interface DistanceInterval {
  readonly minM: number;
  readonly maxM: number;
}

/**
 * Bounds on the true distance when the measured distance is `distanceM` and the two points are
 * each known only to within `u1M` and `u2M` metres: `[max(0, d − u1 − u2), d + u1 + u2]`
 * (triangle inequality; the uncertainties are radii, not standard deviations).
 * Throws InvalidArgumentError for negative or NaN inputs.
 */
export function distanceInterval(distanceM: number, u1M: number, u2M: number): DistanceInterval {
  assertNonNegative("distanceM", distanceM);
  assertNonNegative("u1M", u1M);
  assertNonNegative("u2M", u2M);
  const spread = u1M + u2M;
  return { minM: Math.max(0, distanceM - spread), maxM: distanceM + spread };
}
