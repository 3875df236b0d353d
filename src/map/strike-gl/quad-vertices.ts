import { FLOATS_PER_STRIKE } from "./instance-data";

/** Vertices per strike: two triangles of a quad, drawn with plain `drawArrays(TRIANGLES)`. */
export const VERTICES_PER_STRIKE = 6;
/**
 * Floats per vertex: the strike's instance record only. The quad corner is not stored: the shaders
 * derive it from `gl_VertexID % 6` (see `quadCorner`), which makes the 100k-strike buffer 17 MB
 * instead of 22 MB to build and upload.
 */
export const FLOATS_PER_VERTEX = FLOATS_PER_STRIKE;

/**
 * The quad corner ([x, y], each ±1) of vertex `k` (0–5) of a strike: two triangles sharing the
 * (1, -1)–(-1, 1) diagonal. The shaders' `quadCorner()` computes the same from `gl_VertexID`.
 */
export function quadCorner(k: number): [x: number, y: number] {
  return [k === 1 || k === 4 || k === 5 ? 1 : -1, k === 2 || k === 3 || k === 5 ? 1 : -1];
}

/**
 * Expands per-strike instance records (`FLOATS_PER_STRIKE` each, see instance-data.ts) into six
 * vertices per strike, each a copy of the record (its corner is `quadCorner(vertex % 6)`). Why not instancing:
 * SwiftShader (the software WebGL of this project's machines) pays a per-instance cost, so 100k
 * instanced quads took ~2 s a frame even when every halo collapsed to nothing; the same quads as
 * plain triangles are one ordinary draw. Strike `i` is vertices `[6i, 6i + 6)`, so a time window
 * `[lo, hi)` is still one contiguous draw range. Pure; never mutates `instances`.
 */
export function quadVertices(instances: Float32Array): Float32Array {
  const n = Math.floor(instances.length / FLOATS_PER_STRIKE);
  const out = new Float32Array(n * VERTICES_PER_STRIKE * FLOATS_PER_VERTEX);
  // Written out flat (no inner loops, no tuple reads): this runs over 100k strikes in one frame.
  let o = 0;
  let from = 0;
  for (let i = 0; i < n; i++, from += FLOATS_PER_STRIKE) {
    const a = instances[from] as number;
    const b = instances[from + 1] as number;
    const c = instances[from + 2] as number;
    const d = instances[from + 3] as number;
    const e = instances[from + 4] as number;
    const f = instances[from + 5] as number;
    const g = instances[from + 6] as number;
    for (let v = 0; v < VERTICES_PER_STRIKE; v++, o += FLOATS_PER_VERTEX) {
      out[o] = a;
      out[o + 1] = b;
      out[o + 2] = c;
      out[o + 3] = d;
      out[o + 4] = e;
      out[o + 5] = f;
      out[o + 6] = g;
    }
  }
  return out;
}
