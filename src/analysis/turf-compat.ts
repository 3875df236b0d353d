/**
 * Bit-for-bit replicas of the two computations @turf/clusters-dbscan 7.4 uses to decide who is a
 * neighbour: its haversine distance (sphere R = 6 371 008.8 m, same operation order, so the same
 * floating-point result) and its search box around a point (no wrap at the antimeridian, widened
 * by 1/cos of the box's far latitude). Matching both exactly is what makes ./dbscan assign the
 * same clusters as Turf.
 */

/** Turf's `earthRadius` in metres. */
export const TURF_EARTH_RADIUS_M = 6_371_008.8;
const KM_FACTOR = TURF_EARTH_RADIUS_M / 1e3;

/** Turf's degreesToRadians: `(deg % 360) * π / 180`. */
function toRad(deg: number): number {
  return ((deg % 360) * Math.PI) / 180;
}

/**
 * Turf's `distance(from, to, { units: "kilometers" })` for `[lng, lat]` in degrees, in km,
 * evaluated in the same order as Turf so the result is identical. `cosLat1`/`cosLat2` must be
 * `Math.cos(toRad(lat))` (pass them precomputed; {@link turfCosLat} gives them). Pure.
 */
export function turfHaversineKm(
  lng1: number,
  lat1: number,
  cosLat1: number,
  lng2: number,
  lat2: number,
  cosLat2: number,
): number {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lng2 - lng1);
  // Math.pow exactly as Turf writes it, so the rounding is the same.
  // biome-ignore lint/style/useExponentiationOperator: bit-identical to Turf
  const a = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * cosLat1 * cosLat2;
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * KM_FACTOR;
}

/** `Math.cos` of Turf's radians for a latitude in degrees. */
export function turfCosLat(latDeg: number): number {
  return Math.cos(toRad(latDeg));
}

/** Turf's `lengthToDegrees(km, "kilometers")`: the box half-height in degrees of latitude. */
export function turfLatDegrees(epsKm: number): number {
  const radians = epsKm / KM_FACTOR;
  return ((radians % (2 * Math.PI)) * 180) / Math.PI;
}

/** Search box `[minX, minY, maxX, maxY]` Turf queries around `[x, y]` (inclusive bounds). */
export function turfSearchBox(x: number, y: number, latDeg: number, out: Float64Array): void {
  const minY = Math.max(y - latDeg, -90);
  const maxY = Math.min(y + latDeg, 90);
  let lonDeg: number;
  if (minY < 0 && maxY > 0) lonDeg = latDeg;
  else if (Math.abs(minY) < Math.abs(maxY)) lonDeg = latDeg / Math.cos(toRad(maxY));
  else lonDeg = latDeg / Math.cos(toRad(minY));
  out[0] = Math.max(x - lonDeg, -360);
  out[1] = minY;
  out[2] = Math.min(x + lonDeg, 360);
  out[3] = maxY;
}
