import { drawWeaponAtlas } from "./atlas";
import { createProgram, uniforms } from "./gl-util";
import { FLOATS_PER_VERTEX } from "./quad-vertices";
import { HALO_FRAGMENT, HALO_VERTEX, ICON_FRAGMENT, ICON_VERTEX } from "./shaders";

/** Vertex attributes, bound to locations 0, 1, 2… in this order by both programs. */
export const ATTRIBUTES = [
  "a_corner",
  "a_pos_hi",
  "a_pos_lo",
  "a_radius",
  "a_cls",
  "a_muted",
] as const;
const UNIFORMS = [
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

/**
 * Everything the strike layer holds on the GPU. All of it can be rebuilt from CPU-side data (the
 * instance array and the atlas drawing), which is what happens after a lost WebGL context.
 */
export interface GpuResources {
  readonly vao: WebGLVertexArrayObject;
  /** Six vertices per strike (see quad-vertices.ts). */
  readonly vertices: WebGLBuffer;
  /** Vertex indices of the symbols a culled draw keeps (the VAO's element buffer; culled-draw.ts). */
  readonly indices: WebGLBuffer;
  readonly atlas: WebGLTexture;
  readonly halo: { readonly program: WebGLProgram; readonly u: Uniforms };
  readonly icon: { readonly program: WebGLProgram; readonly u: Uniforms };
}

/**
 * Creates an (empty) vertex buffer with its attribute layout, the weapon atlas texture and both
 * programs on `gl`. Throws when the context cannot create them (e.g. it is lost). Leaves no VAO
 * bound.
 */
export function createGpuResources(gl: WebGL2RenderingContext): GpuResources {
  const vao = gl.createVertexArray();
  const vertices = gl.createBuffer();
  const indices = gl.createBuffer();
  const atlas = gl.createTexture();
  if (!vao || !vertices || !indices || !atlas) throw new Error("WebGL resources unavailable");
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
  gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
  // corner.xy, posHi.xy, posLo.xy, radius, cls, muted: one interleaved vertex.
  const sizes = [2, 2, 2, 1, 1, 1] as const;
  let offset = 0;
  sizes.forEach((size, i) => {
    gl.enableVertexAttribArray(i);
    gl.vertexAttribPointer(i, size, gl.FLOAT, false, FLOATS_PER_VERTEX * 4, offset);
    offset += size * 4;
  });
  gl.bindVertexArray(null);
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
    const p = createProgram(gl, vs, fs, ATTRIBUTES);
    return { program: p, u: uniforms(gl, p, UNIFORMS) };
  };
  return {
    vao,
    vertices,
    indices,
    atlas,
    halo: program(HALO_VERTEX, HALO_FRAGMENT),
    icon: program(ICON_VERTEX, ICON_FRAGMENT),
  };
}

/** Deletes what `createGpuResources` made (on a live context; a lost one has freed them already). */
export function deleteGpuResources(gl: WebGL2RenderingContext, res: GpuResources): void {
  gl.deleteVertexArray(res.vao);
  gl.deleteBuffer(res.vertices);
  gl.deleteBuffer(res.indices);
  gl.deleteTexture(res.atlas);
  gl.deleteProgram(res.halo.program);
  gl.deleteProgram(res.icon.program);
}
