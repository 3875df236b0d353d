/**
 * Column (struct-of-arrays) views of strikes for bulk work: one Float64Array per field, built once
 * per data set, so 100k-point loops touch no objects. Coordinates are degrees, `tMs` epoch ms.
 */
import type { LngLat, Strike } from "@/domain/types";
import { InvalidArgumentError, InvalidCoordinateError } from "./errors";
import { kernelPoint } from "./fast-geodesic";
import { assertTimesSorted } from "./time-index";
import { assertLngLatColumns, assertNonNegative, isValidLngLat } from "./validate";

/** Positions only: `lng[i]`, `lat[i]` in degrees. */
export interface PointColumns {
  readonly lng: Float64Array;
  readonly lat: Float64Array;
}

/**
 * Per-point terms of the fast geodesic kernel (./fast-geodesic): sin/cos of the longitude and of
 * the reduced latitude. Optional on inputs; computed on the fly when absent.
 */
export interface GeodesicTerms {
  readonly sinLng: Float64Array;
  readonly cosLng: Float64Array;
  readonly sinBeta: Float64Array;
  readonly cosBeta: Float64Array;
}

/** Everything the bulk functions need about strikes, sorted by `tMs` ascending. */
export interface StrikeColumns extends PointColumns, GeodesicTerms {
  readonly tMs: Float64Array;
  /** Location uncertainty radius in metres (≥ 0). */
  readonly uncertaintyM: Float64Array;
}

/** Strike columns without the derived kernel terms: what a worker is sent (it derives the rest). */
export type RawStrikeColumns = Pick<StrikeColumns, "lng" | "lat" | "tMs" | "uncertaintyM">;

/**
 * The raw columns of time-sorted strikes, in one cheap pass (no trigonometry, no validation:
 * `strikeColumnsFrom` does both where the columns are used). Pure.
 */
export function toRawStrikeColumns(strikes: readonly StrikeLike[]): RawStrikeColumns {
  const n = strikes.length;
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  const tMs = new Float64Array(n);
  const uncertaintyM = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = strikes[i] as StrikeLike;
    lng[i] = s.lngLat[0];
    lat[i] = s.lngLat[1];
    tMs[i] = s.tMs;
    uncertaintyM[i] = s.uncertaintyM;
  }
  return { lng, lat, tMs, uncertaintyM };
}

/** Either a list of `[lng, lat]` or position columns. */
export type PointsInput = readonly LngLat[] | PointColumns;

/** True when `points` is a {@link PointColumns}. */
export function isColumns(points: PointsInput): points is PointColumns {
  return !Array.isArray(points) && (points as PointColumns).lng instanceof Float64Array;
}

/**
 * Position columns from a list of `[lng, lat]` (copied) or the same columns unchanged. Throws
 * InvalidCoordinateError (with the index) for NaN or out-of-range points. Never mutates input.
 */
export function toPointColumns(points: PointsInput): PointColumns {
  if (isColumns(points)) {
    assertLngLatColumns(points.lng, points.lat);
    return points;
  }
  const n = points.length;
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i] as LngLat;
    if (!isValidLngLat(p[0], p[1])) throw new InvalidCoordinateError([p[0], p[1]], i);
    lng[i] = p[0];
    lat[i] = p[1];
  }
  return { lng, lat };
}

/** Kernel terms for every point (4 trigonometric calls each). Pure; coordinates assumed valid. */
export function geodesicTerms(points: PointColumns): GeodesicTerms {
  const n = points.lng.length;
  const sinLng = new Float64Array(n);
  const cosLng = new Float64Array(n);
  const sinBeta = new Float64Array(n);
  const cosBeta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = kernelPoint(points.lng[i] as number, points.lat[i] as number);
    sinLng[i] = k.sinLng;
    cosLng[i] = k.cosLng;
    sinBeta[i] = k.sinBeta;
    cosBeta[i] = k.cosBeta;
  }
  return { sinLng, cosLng, sinBeta, cosBeta };
}

/** The kernel terms of `points`: its own when it carries them, else freshly computed. */
export function termsOf(points: PointColumns): GeodesicTerms {
  const maybe = points as Partial<GeodesicTerms>;
  if (maybe.sinLng && maybe.cosLng && maybe.sinBeta && maybe.cosBeta) return maybe as GeodesicTerms;
  return geodesicTerms(points);
}

/** Throws InvalidArgumentError unless there are `n` uncertainties, each finite and ≥ 0. */
function assertUncertainties(u: Float64Array, n: number): void {
  if (u.length !== n)
    throw new InvalidArgumentError("uncertaintyM", `has ${u.length} rows, expected ${n}`);
  for (let i = 0; i < n; i++) assertNonNegative(`uncertaintyM[${i}]`, u[i] as number);
}

type StrikeLike = Pick<Strike, "lngLat" | "tMs" | "uncertaintyM">;

/**
 * Builds {@link StrikeColumns} from strikes (domain objects, already sorted by tMs). Throws
 * InvalidCoordinateError for a bad point and UnsortedTimesError when times are NaN or descending.
 */
export function toStrikeColumns(strikes: readonly StrikeLike[]): StrikeColumns {
  const points = toPointColumns(strikes.map((s) => s.lngLat));
  const tMs = Float64Array.from(strikes, (s) => s.tMs);
  assertTimesSorted(tMs);
  const uncertaintyM = Float64Array.from(strikes, (s) => s.uncertaintyM);
  assertUncertainties(uncertaintyM, strikes.length);
  return { ...points, ...geodesicTerms(points), tMs, uncertaintyM };
}

/**
 * Builds {@link StrikeColumns} from raw columns (e.g. a synthetic set): validates, sorts nothing,
 * computes the kernel terms. `uncertaintyM` defaults to zeros.
 */
export function strikeColumnsFrom(
  lng: Float64Array,
  lat: Float64Array,
  tMs: Float64Array,
  uncertaintyM: Float64Array = new Float64Array(lng.length),
): StrikeColumns {
  assertLngLatColumns(lng, lat);
  assertTimesSorted(tMs);
  assertUncertainties(uncertaintyM, lng.length);
  if (tMs.length !== lng.length) {
    throw new InvalidArgumentError("tMs", `has ${tMs.length} rows, positions have ${lng.length}`);
  }
  const points = { lng, lat };
  return { ...points, ...geodesicTerms(points), tMs, uncertaintyM };
}

/**
 * Zero-copy view of rows `[lo, hi)` of strike columns (typed-array subarrays); indices in the
 * result are relative to `lo`.
 */
export function sliceStrikeColumns(c: StrikeColumns, lo: number, hi: number): StrikeColumns {
  return {
    lng: c.lng.subarray(lo, hi),
    lat: c.lat.subarray(lo, hi),
    sinLng: c.sinLng.subarray(lo, hi),
    cosLng: c.cosLng.subarray(lo, hi),
    sinBeta: c.sinBeta.subarray(lo, hi),
    cosBeta: c.cosBeta.subarray(lo, hi),
    tMs: c.tMs.subarray(lo, hi),
    uncertaintyM: c.uncertaintyM.subarray(lo, hi),
  };
}
