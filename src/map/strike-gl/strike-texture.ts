/**
 * Where each strike's record lives on the GPU. The records (see instance-data.ts) are uploaded as
 * one RGBA32F texture, two texels per strike, and the shaders read them with `texelFetch` by
 * `gl_VertexID / 6`: each strike is six vertices (two triangles) with no vertex buffer at all.
 *
 * Why not a vertex buffer: one interleaved vertex per corner copied each record six times, 21.6 MB
 * for 100k strikes, built on the main thread (~100 ms) and handed to the GPU process (`bufferData`,
 * ~130–280 ms) in the frame after an import. The texture is the records themselves (3.2 MB, uploaded
 * in ~30–50 ms), and a frame costs the same (scripts/bench-browser/NOTES.md, session 11). Why not instancing: SwiftShader pays a per-instance cost (100k instanced quads took
 * ~2 s a frame). Strike `i` is vertices `[6i, 6i + 6)`, so a time window `[lo, hi)` is one draw range.
 */
/** Vertices per strike: two triangles of a quad, drawn with plain `drawArrays(TRIANGLES)`. */
export const VERTICES_PER_STRIKE = 6;
/** Texels per strike (RGBA, four floats each): the record's layout is in instance-data.ts. */
export const TEXELS_PER_STRIKE = 2;
/** Texture width in texels: 2048 is the least MAX_TEXTURE_SIZE WebGL2 guarantees; a power of two. */
export const TEXTURE_WIDTH = 2048;
/** log2(TEXTURE_WIDTH), for the shaders' shifts. */
export const TEXTURE_WIDTH_LOG2 = 11;
/** Strikes one texture row holds. */
export const STRIKES_PER_ROW = TEXTURE_WIDTH / TEXELS_PER_STRIKE;

/** Texture rows for `n` strikes (at least one, so an empty layer still has a valid texture). */
export function textureRows(n: number): number {
  return Math.max(1, Math.ceil(n / STRIKES_PER_ROW));
}

/** Floats in the texture for `n` strikes: whole rows, the tail of the last one zero. */
export function textureFloats(n: number): number {
  return textureRows(n) * TEXTURE_WIDTH * 4;
}

/** The texel (column, row) holding the first half of strike `i`'s record; the second is the next one. */
export function strikeTexel(i: number): [x: number, y: number] {
  const t = i * TEXELS_PER_STRIKE;
  return [t % TEXTURE_WIDTH, Math.floor(t / TEXTURE_WIDTH)];
}

/**
 * Uploads `data` (records of `n` strikes, `textureFloats(n)` long) to `texture` on texture unit
 * `unit`: RGBA32F, nearest (texelFetch ignores filters; float textures are not filterable anyway).
 */
export function uploadStrikeTexture(
  gl: WebGL2RenderingContext,
  texture: WebGLTexture,
  unit: number,
  data: Float32Array,
): void {
  const rows = data.length / (TEXTURE_WIDTH * 4);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`not whole texture rows: ${data.length}`);
  gl.activeTexture(gl.TEXTURE0 + unit);
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, TEXTURE_WIDTH, rows, 0, gl.RGBA, gl.FLOAT, data);
}

/**
 * uploadStrikeTexture outside MapLibre's render (in a task of its own, ahead of the frame), with
 * the GL state MapLibre caches put back as it was: the active unit, the binding of `unit`, the
 * unpack settings and buffer. Inside render MapLibre resets its state afterwards; here nothing
 * would, so nothing may be left changed.
 */
export function uploadStrikeTextureAside(
  gl: WebGL2RenderingContext,
  texture: WebGLTexture,
  unit: number,
  data: Float32Array,
): void {
  const active = gl.getParameter(gl.ACTIVE_TEXTURE) as number;
  gl.activeTexture(gl.TEXTURE0 + unit);
  const bound = gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null;
  const flipY = gl.getParameter(gl.UNPACK_FLIP_Y_WEBGL) as boolean;
  const premultiply = gl.getParameter(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL) as boolean;
  const alignment = gl.getParameter(gl.UNPACK_ALIGNMENT) as number;
  const unpackBuffer = gl.getParameter(gl.PIXEL_UNPACK_BUFFER_BINDING) as WebGLBuffer | null;
  gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  gl.bindBuffer(gl.PIXEL_UNPACK_BUFFER, null);
  uploadStrikeTexture(gl, texture, unit, data);
  gl.bindBuffer(gl.PIXEL_UNPACK_BUFFER, unpackBuffer);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, alignment);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, premultiply);
  gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, flipY);
  gl.bindTexture(gl.TEXTURE_2D, bound);
  gl.activeTexture(active);
}

/**
 * Draws strikes `[from, to)` for each `[from, to, …]` pair of `ranges` (six vertices each, the
 * program and vertex array already bound). Returns how many strikes it drew.
 */
export function drawStrikeRanges(gl: WebGL2RenderingContext, ranges: readonly number[]): number {
  let drawn = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const from = ranges[r] as number;
    const to = ranges[r + 1] as number;
    gl.drawArrays(gl.TRIANGLES, from * VERTICES_PER_STRIKE, (to - from) * VERTICES_PER_STRIKE);
    drawn += to - from;
  }
  return drawn;
}
