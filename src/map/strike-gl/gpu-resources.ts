import { drawWeaponAtlas } from "./atlas";
import { createProgram, uniforms } from "./gl-util";
import { HALO_FRAGMENT, HALO_VERTEX, ICON_FRAGMENT, ICON_VERTEX } from "./shaders";

/** Texture units: the weapon atlas, and the strike records (strike-texture.ts). */
export const ATLAS_UNIT = 0;
export const STRIKES_UNIT = 1;

const UNIFORMS = [
  "u_strikes",
  "u_matrix",
  "u_center_hi",
  "u_center_lo",
  "u_viewport",
  "u_px_per_unit",
  "u_colors",
  "u_size_px",
  "u_atlas",
] as const;
export type Uniforms = Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>;

/** One copy of the strike records on the GPU, with the culled draw's indices for it. */
export interface RecordsGpu {
  /** No attributes (the shaders read `strikes`): it only holds the culled draw's element buffer. */
  readonly vao: WebGLVertexArrayObject;
  /** Vertex indices of the symbols a culled draw keeps (the VAO's element buffer; culled-draw.ts). */
  readonly indices: WebGLBuffer;
  /** The strike records, two RGBA32F texels per strike (strike-texture.ts). */
  readonly strikes: WebGLTexture;
}

/**
 * Everything the strike layer holds on the GPU. All of it can be rebuilt from CPU-side data (the
 * instance array and the atlas drawing), which is what happens after a lost WebGL context.
 */
export interface GpuResources {
  /**
   * Two copies of the records: the one frames draw, and the one new data is uploaded and culled
   * into ahead of its first frame (records-slot.ts).
   */
  readonly slots: readonly [RecordsGpu, RecordsGpu];
  readonly atlas: WebGLTexture;
  readonly halo: { readonly program: WebGLProgram; readonly u: Uniforms };
  readonly icon: { readonly program: WebGLProgram; readonly u: Uniforms };
}

const unavailable = () => new Error("WebGL resources unavailable");

/** A vertex array with its (empty) element buffer and an (empty) records texture. */
function createRecordsGpu(gl: WebGL2RenderingContext): RecordsGpu {
  const vao = gl.createVertexArray();
  const indices = gl.createBuffer();
  const strikes = gl.createTexture();
  if (!vao || !indices || !strikes) throw unavailable();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
  gl.bindVertexArray(null);
  return { vao, indices, strikes };
}

/**
 * Creates both copies of the records' objects (records-slot.ts), the weapon atlas texture and both
 * programs on `gl`. Throws when the context cannot create them (e.g. it is lost). Leaves no VAO
 * bound.
 */
export function createGpuResources(gl: WebGL2RenderingContext): GpuResources {
  const slots = [createRecordsGpu(gl), createRecordsGpu(gl)] as const;
  const atlas = gl.createTexture();
  if (!atlas) throw unavailable();
  gl.activeTexture(gl.TEXTURE0 + ATLAS_UNIT);
  gl.bindTexture(gl.TEXTURE_2D, atlas);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  const canvas = drawWeaponAtlas();
  if (canvas) gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, canvas);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  const program = (vs: string, fs: string) => {
    const p = createProgram(gl, vs, fs, []);
    return { program: p, u: uniforms(gl, p, UNIFORMS) };
  };
  return {
    slots,
    atlas,
    halo: program(HALO_VERTEX, HALO_FRAGMENT),
    icon: program(ICON_VERTEX, ICON_FRAGMENT),
  };
}

/** Deletes what `createGpuResources` made (on a live context; a lost one has freed them already). */
export function deleteGpuResources(gl: WebGL2RenderingContext, res: GpuResources): void {
  for (const slot of res.slots) {
    gl.deleteVertexArray(slot.vao);
    gl.deleteBuffer(slot.indices);
    gl.deleteTexture(slot.strikes);
  }
  gl.deleteTexture(res.atlas);
  gl.deleteProgram(res.halo.program);
  gl.deleteProgram(res.icon.program);
}
