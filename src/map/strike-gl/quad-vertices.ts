import { FLOATS_PER_STRIKE } from "./instance-data";

/** Vertices per strike: two triangles of a quad, drawn with plain `drawArrays(TRIANGLES)`. */
export const VERTICES_PER_STRIKE = 6;
/** Floats per vertex: the quad corner (x, y), then the strike's instance record. */
export const FLOATS_PER_VERTEX = 2 + FLOATS_PER_STRIKE;
/** The corners of the two triangles, in the order they are written. */
const CORNERS = new Float32Array([-1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, 1]);

/**
 * Expands per-strike instance records (`FLOATS_PER_STRIKE` each, see instance-data.ts) into six
 * vertices per strike, each the quad corner followed by a copy of the record. Why not instancing:
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
    for (let v = 0; v < 12; v += 2, o += FLOATS_PER_VERTEX) {
      out[o] = CORNERS[v] as number;
      out[o + 1] = CORNERS[v + 1] as number;
      out[o + 2] = a;
      out[o + 3] = b;
      out[o + 4] = c;
      out[o + 5] = d;
      out[o + 6] = e;
      out[o + 7] = f;
      out[o + 8] = g;
    }
  }
  return out;
}
