import { FLOATS_PER_STRIKE } from "./instance-data";

/** Vertices per strike: two triangles of a quad, drawn with plain `drawArrays(TRIANGLES)`. */
export const VERTICES_PER_STRIKE = 6;
/** Floats per vertex: the quad corner (x, y), then the strike's instance record. */
export const FLOATS_PER_VERTEX = 2 + FLOATS_PER_STRIKE;
/** The corners of the two triangles, in the order they are written. */
const CORNERS = [-1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, 1] as const;

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
  let o = 0;
  for (let i = 0; i < n; i++) {
    const from = i * FLOATS_PER_STRIKE;
    for (let v = 0; v < VERTICES_PER_STRIKE; v++) {
      out[o] = CORNERS[2 * v] as number;
      out[o + 1] = CORNERS[2 * v + 1] as number;
      for (let k = 0; k < FLOATS_PER_STRIKE; k++) out[o + 2 + k] = instances[from + k] as number;
      o += FLOATS_PER_VERTEX;
    }
  }
  return out;
}
