/**
 * Which strikes' halos can show at the current zoom. A halo under two pixels across is collapsed
 * by the halo shader (it hides under the symbol), yet each of its six vertices is still processed:
 * at country zoom 100k strikes cost SwiftShader ~40 ms of vertex work a frame for nothing. So the
 * largest halo radius of each block of strikes is kept, and the halo layer draws only the runs of
 * blocks where some halo reaches two pixels. Pure.
 */
import { FLOATS_PER_STRIKE, HIDDEN } from "./instance-data";

/** Strikes per block: 100k strikes are 391 blocks, scanned per frame in well under a millisecond. */
export const HALO_BLOCK = 256;
/** Radius (px) from which the halo shader draws a halo (its `step(2.0, v_radius_px)`). */
export const HALO_MIN_PX = 2;
/** Blocks without a visible halo between two runs that are drawn anyway, to keep draws few. */
const BRIDGE_BLOCKS = 4;

/**
 * The largest halo radius (Web Mercator units) of each block of `HALO_BLOCK` strikes in `data`
 * (records as in instance-data.ts, `n` strikes), ignoring strikes the filters hide; 0 for a block
 * without one.
 */
export function blockMaxRadius(data: Float32Array, n: number): Float32Array {
  const out = new Float32Array(Math.ceil(n / HALO_BLOCK));
  for (let i = 0; i < n; i++) {
    const o = i * FLOATS_PER_STRIKE;
    const r = data[o + 4] as number;
    const b = (i / HALO_BLOCK) | 0;
    if (data[o + 6] !== HIDDEN && r > (out[b] as number)) out[b] = r;
  }
  return out;
}

/**
 * The index ranges of `[lo, hi)` whose halos may show when one Mercator unit is `pxPerUnit`
 * pixels, as flat `[from, to, from, to, …]` pairs in order, written into `out` (cleared first).
 * Runs of blocks closer than `BRIDGE_BLOCKS` are joined. Every strike whose halo reaches
 * `HALO_MIN_PX` is inside a returned range.
 */
export function haloRuns(
  blockMax: Float32Array,
  lo: number,
  hi: number,
  pxPerUnit: number,
  out: number[] = [],
): number[] {
  out.length = 0;
  if (hi <= lo) return out;
  // A hair under the shader's threshold: float32 rounding there must never drop a drawn halo.
  const minRadius = (HALO_MIN_PX * 0.99) / pxPerUnit;
  const first = (lo / HALO_BLOCK) | 0;
  const last = ((hi - 1) / HALO_BLOCK) | 0;
  let runFrom = -1;
  let runTo = -1;
  for (let b = first; b <= last; b++) {
    if ((blockMax[b] as number) < minRadius) continue;
    if (runFrom >= 0 && b - runTo <= BRIDGE_BLOCKS) {
      runTo = b;
      continue;
    }
    if (runFrom >= 0) out.push(Math.max(lo, runFrom * HALO_BLOCK), (runTo + 1) * HALO_BLOCK);
    runFrom = b;
    runTo = b;
  }
  // Only the last run can pass `hi`; the others end at a block edge before it.
  if (runFrom >= 0)
    out.push(Math.max(lo, runFrom * HALO_BLOCK), Math.min(hi, (runTo + 1) * HALO_BLOCK));
  return out;
}
