import type { Strike, WeaponClass } from "@/domain/types";
import { isMuted } from "../features";
import { TEXELS_PER_STRIKE, textureFloats } from "./strike-texture";

/** Mean Earth radius MapLibre uses for metres ↔ Web Mercator units (m). */
const EARTH_RADIUS_M = 6_371_008.8;
const MAX_LAT = 85.051129;

/** Weapon classes in atlas order: the index is the `cls` attribute of a strike. */
export const WEAPON_ORDER: readonly WeaponClass[] = [
  "ballistic",
  "aeroballistic",
  "cruise",
  "drone",
  "unknown",
];

/** The `muted` value of a strike the filters hide: the shaders move it off screen. */
export const HIDDEN = 2;
/**
 * Floats per strike record: posHi.xy, posLo.xy (texel 0), haloRadius, cls, muted, unused (texel 1).
 */
export const FLOATS_PER_STRIKE = 4 * TEXELS_PER_STRIKE;

/** Web Mercator x in [0, 1] for a longitude in degrees (MapLibre's world square). */
export function mercatorX(lng: number): number {
  return (180 + lng) / 360;
}

/** Web Mercator y in [0, 1] (0 = north edge) for a latitude in degrees, clamped to ±85.05°. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))) / 360;
}

/** Web Mercator units per metre on the ground at a latitude (degrees). */
export function mercatorUnitsPerMetre(lat: number): number {
  return 1 / (2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180));
}

/** Splits a double into a float32 high part and the float32 remainder (for precise GPU positions). */
export function splitDouble(x: number): [hi: number, lo: number] {
  const hi = Math.fround(x);
  return [hi, Math.fround(x - hi)];
}

/**
 * One record per strike, in the strikes' (time) order, for the GPU's strike texture (whole rows,
 * zero after the last strike; see strike-texture.ts): Web Mercator position split
 * into high and low float32 parts, the uncertainty radius in Mercator units, the weapon class index
 * and 1 for a muted (low-confidence or city-level) record, HIDDEN for one the filters hide
 * (`shown[i] === 0`). Never mutates `strikes`.
 */
export function buildInstanceData(
  strikes: readonly Strike[],
  shown?: Uint8Array | undefined,
): Float32Array {
  const out = new Float32Array(textureFloats(strikes.length));
  // A plain indexed loop with the class index looked up in a map: at 100k strikes this runs in one
  // task after an import, so it avoids per-strike closures, tuples and array searches.
  for (let i = 0; i < strikes.length; i++) {
    const s = strikes[i] as Strike;
    const lng = s.lngLat[0];
    const lat = s.lngLat[1];
    const x = mercatorX(lng);
    const y = mercatorY(lat);
    const xHi = Math.fround(x);
    const yHi = Math.fround(y);
    const o = i * FLOATS_PER_STRIKE;
    out[o] = xHi;
    out[o + 1] = yHi;
    out[o + 2] = x - xHi;
    out[o + 3] = y - yHi;
    out[o + 4] = s.uncertaintyM * mercatorUnitsPerMetre(lat);
    out[o + 5] = CLASS_INDEX.get(s.weaponClass) ?? 0;
    out[o + 6] = shown && shown[i] === 0 ? HIDDEN : isMuted(s) ? 1 : 0;
  }
  return out;
}

const CLASS_INDEX = new Map(WEAPON_ORDER.map((c, i) => [c, i] as const));

/**
 * `matrix` (column-major 4×4, Web Mercator [0, 1] → clip space) moved so that it takes positions
 * relative to `(cx, cy)`: `matrix · translate(cx, cy, 0)`, computed in float64. Never mutates input.
 */
export function relativeToCenter(matrix: ArrayLike<number>, cx: number, cy: number): Float64Array {
  const m = Float64Array.from({ length: 16 }, (_, i) => matrix[i] as number);
  for (let row = 0; row < 4; row++) {
    m[12 + row] = (m[row] as number) * cx + (m[4 + row] as number) * cy + (m[12 + row] as number);
  }
  return m;
}
