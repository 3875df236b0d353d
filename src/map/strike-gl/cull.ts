/**
 * Occlusion culling for stacked strike symbols. Software WebGL (SwiftShader) pays for every pixel
 * it rasterises: 100k symbols of 18 px stacked around one city at country zoom cost ~500 ms a
 * frame, although only the top few at each pixel can show. Symbols are drawn oldest first, so at
 * any screen pixel the newest symbol centred there covers the older ones centred in the same
 * pixel, except for a sub-pixel fringe. A muted symbol (half-transparent) lets half of what is
 * under it through: eight of them leave 1/256 (under one step of 8-bit colour). So, per device
 * half pixel (CELLS_PER_PX), the newest symbols are kept until one opaque symbol or eight muted
 * ones; symbols centred too far off screen to show are dropped. Measured in `npm run bench:import-browser` and
 * checked against the unculled picture in test/e2e/strike-cull.e2e.ts.
 */
import { FLOATS_PER_STRIKE, HIDDEN } from "./instance-data";

/**
 * Culling cells per device pixel along each axis: symbols centred in the same half pixel differ
 * by at most half a pixel, so what an older one shows past a newer one's edge is a sliver. In
 * test/e2e/strike-cull.e2e.ts, 8,000 stacked symbols differ from the unculled picture in ~100 of
 * 475,200 pixels at 2 cells a pixel (at most 81 levels, at symbol edges); at 1 cell a pixel, in
 * ~130–230 pixels by up to 111 levels.
 */
export const CELLS_PER_PX = 2;
/** Muted symbols kept per pixel: 0.5^8 of the ones below shows through, under 1/255. */
export const MUTED_PER_PIXEL = 8;

/** Where the strikes are drawn: the symbol layer's view, as its shaders see it. */
export interface CullView {
  /** Column-major 4×4, positions relative to (cx, cy) → clip space (see relativeToCenter). */
  readonly matrix: ArrayLike<number>;
  readonly cx: number;
  readonly cy: number;
  /** Drawing buffer size in device pixels. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** Half the symbol's size in device pixels: a symbol centred this far outside still shows. */
  readonly marginPx: number;
}

/** Reusable work arrays, grown as needed (one per layer, so culling allocates nothing per frame). */
export interface CullScratch {
  counts: Uint8Array;
  kept: Uint32Array;
}

export function createCullScratch(): CullScratch {
  return { counts: new Uint8Array(0), kept: new Uint32Array(0) };
}

/**
 * The strikes of `[lo, hi)` (records of `data`, see instance-data.ts) whose symbols can show in
 * `view`, ascending (time order), in `scratch.kept[0, n)`; returns n. Pure apart from `scratch`.
 */
export function cullHidden(
  data: Float32Array,
  lo: number,
  hi: number,
  view: CullView,
  scratch: CullScratch,
): number {
  const m = view.matrix;
  const q = CELLS_PER_PX;
  const margin = Math.ceil(view.marginPx) * q;
  const cols = Math.ceil(view.widthPx) * q + 2 * margin;
  const rows = Math.ceil(view.heightPx) * q + 2 * margin;
  if (scratch.counts.length < cols * rows) scratch.counts = new Uint8Array(cols * rows);
  else scratch.counts.fill(0, 0, cols * rows);
  if (scratch.kept.length < hi - lo) scratch.kept = new Uint32Array(hi - lo);
  const { counts, kept } = scratch;
  const m0 = m[0] as number;
  const m1 = m[1] as number;
  const m3 = m[3] as number;
  const m4 = m[4] as number;
  const m5 = m[5] as number;
  const m7 = m[7] as number;
  const m12 = m[12] as number;
  const m13 = m[13] as number;
  const m15 = m[15] as number;
  const halfW = (view.widthPx / 2) * q;
  const halfH = (view.heightPx / 2) * q;
  // Newest first, writing kept indices from the end so that they come out ascending.
  let n = 0;
  const at = kept.length;
  for (let i = hi - 1; i >= lo; i--) {
    const o = i * FLOATS_PER_STRIKE;
    const muted = data[o + 6] as number;
    if (muted === HIDDEN) continue;
    const x = (data[o] as number) - view.cx + (data[o + 2] as number);
    const y = (data[o + 1] as number) - view.cy + (data[o + 3] as number);
    const w = m3 * x + m7 * y + m15;
    if (!(w > 0)) continue;
    const sx = ((m0 * x + m4 * y + m12) / w + 1) * halfW + margin;
    const sy = (1 - (m1 * x + m5 * y + m13) / w) * halfH + margin;
    if (!(sx >= 0 && sy >= 0 && sx < cols && sy < rows)) continue;
    const cell = Math.floor(sy) * cols + Math.floor(sx);
    const c = counts[cell] as number;
    if (c >= MUTED_PER_PIXEL) continue;
    counts[cell] = muted === 0 ? MUTED_PER_PIXEL : c + 1;
    kept[at - 1 - n] = i;
    n++;
  }
  kept.copyWithin(0, at - n, at);
  return n;
}
