/** Argument checks shared by the analysis modules; each throws a typed error from ./errors. */
import type { LngLat } from "@/domain/types";
import { InvalidArgumentError, InvalidCoordinateError } from "./errors";

/** True when `lng` ∈ [-180, 180] and `lat` ∈ [-90, 90] (degrees) and both are finite. */
export function isValidLngLat(lng: number, lat: number): boolean {
  return lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
}

/**
 * Throws {@link InvalidCoordinateError} unless `p` is a valid `[lng, lat]` in degrees.
 * NaN fails every comparison, so it is rejected too. Never mutates `p`.
 */
export function assertLngLat(p: LngLat, index?: number): void {
  if (!isValidLngLat(p[0], p[1])) throw new InvalidCoordinateError([p[0], p[1]], index);
}

/** Throws {@link InvalidCoordinateError} at the first invalid pair of the two columns. */
export function assertLngLatColumns(lng: ArrayLike<number>, lat: ArrayLike<number>): void {
  if (lng.length !== lat.length) {
    throw new InvalidArgumentError(
      "columns",
      `lng (${lng.length}) and lat (${lat.length}) differ in length`,
    );
  }
  for (let i = 0; i < lng.length; i++) {
    const x = lng[i] as number;
    const y = lat[i] as number;
    if (!isValidLngLat(x, y)) throw new InvalidCoordinateError([x, y], i);
  }
}

/** Throws {@link InvalidArgumentError} unless `value` is finite and ≥ 0 (e.g. a radius in metres). */
export function assertNonNegative(name: string, value: number): void {
  if (!(value >= 0 && Number.isFinite(value))) {
    throw new InvalidArgumentError(name, `must be a finite number ≥ 0, got ${value}`);
  }
}

/** Throws {@link InvalidArgumentError} unless `value` is an integer within [min, max]. */
export function assertInteger(name: string, value: number, min: number, max: number): void {
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    throw new InvalidArgumentError(name, `must be an integer in [${min}, ${max}], got ${value}`);
  }
}
