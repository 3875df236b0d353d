import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MaplibreMap,
} from "maplibre-gl";
import type { Strike } from "@/domain/types";
import { drawWeaponAtlas, haloColors } from "./atlas";
import { createProgram, uniforms } from "./gl-util";
import {
  buildInstanceData,
  FLOATS_PER_STRIKE,
  mercatorX,
  mercatorY,
  relativeToCenter,
} from "./instance-data";
import { HALO_FRAGMENT, HALO_VERTEX, ICON_FRAGMENT, ICON_VERTEX } from "./shaders";

export const LAYER_STRIKE_GL_HALOS = "strike-gl-halos";
export const LAYER_STRIKE_GL_ICONS = "strike-gl-icons";

/** Screen size of a strike symbol in CSS px (the sprite draws them at 18 px too). */
const ICON_SIZE_PX = 18;
const HALO_COLORS = haloColors();
const ATTRIBUTES = ["a_corner", "a_pos_hi", "a_pos_lo", "a_radius", "a_cls", "a_muted"] as const;
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
type Uniforms = Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>;

interface Resources {
  readonly vao: WebGLVertexArrayObject;
  readonly corners: WebGLBuffer;
  readonly instances: WebGLBuffer;
  readonly atlas: WebGLTexture;
  readonly halo: { program: WebGLProgram; u: Uniforms };
  readonly icon: { program: WebGLProgram; u: Uniforms };
}

/**
 * Draws the strikes (uncertainty halos and weapon symbols) from one time-sorted instance buffer.
 * Any time window is the contiguous index range `[lo, hi)`, so moving the window is one draw-range
 * change and a repaint: no re-tiling, no filter, no worker round trip. Two custom layers (halos
 * low in the stack, symbols high) share the buffer. GL work happens inside `render`, where MapLibre
 * resets its cached GL state afterwards.
 */
export class StrikeGl {
  private map: MaplibreMap | undefined;
  private res: Resources | undefined;
  private data: Float32Array = new Float32Array(0);
  private uploaded = true;
  private lo = 0;
  private hi = 0;
  /** The index range the last painted frame drew (a test and benchmark hook). */
  drawn: { lo: number; hi: number; frame: number } = { lo: 0, hi: 0, frame: 0 };

  readonly haloLayer: CustomLayerInterface = {
    id: LAYER_STRIKE_GL_HALOS,
    type: "custom",
    renderingMode: "2d",
    onAdd: (map) => {
      this.map = map;
    },
    onRemove: (_map, gl) => this.dispose(gl),
    render: (gl, options) => this.draw(gl, options, "halo"),
  };

  /** The symbols layer; `drawnRange()` tells what the last painted frame showed. */
  readonly iconLayer: CustomLayerInterface & {
    drawnRange(): { lo: number; hi: number; frame: number };
  } = {
    id: LAYER_STRIKE_GL_ICONS,
    type: "custom",
    renderingMode: "2d",
    onAdd: (map) => {
      this.map = map;
    },
    render: (gl, options) => this.draw(gl, options, "icon"),
    drawnRange: () => this.drawn,
  };

  /** Replaces the strikes (time-sorted); uploaded on the next frame. */
  setStrikes(strikes: readonly Strike[]): void {
    this.data = buildInstanceData(strikes);
    this.uploaded = false;
    this.lo = 0;
    this.hi = 0;
  }

  /** Shows the strikes with indices `[lo, hi)` from the next frame on. */
  setRange(lo: number, hi: number): void {
    if (lo === this.lo && hi === this.hi) return;
    this.lo = lo;
    this.hi = hi;
    this.map?.triggerRepaint();
  }

  private init(gl: WebGL2RenderingContext): Resources {
    const vao = gl.createVertexArray();
    const corners = gl.createBuffer();
    const instances = gl.createBuffer();
    const atlas = gl.createTexture();
    if (!vao || !corners || !instances || !atlas) throw new Error("WebGL resources unavailable");
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    for (let i = 1; i < ATTRIBUTES.length; i++) {
      gl.enableVertexAttribArray(i);
      gl.vertexAttribDivisor(i, 1);
    }
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
      corners,
      instances,
      atlas,
      halo: program(HALO_VERTEX, HALO_FRAGMENT),
      icon: program(ICON_VERTEX, ICON_FRAGMENT),
    };
  }

  private draw(
    gl: WebGL2RenderingContext,
    options: CustomRenderMethodInput,
    kind: "halo" | "icon",
  ) {
    const map = this.map;
    if (!map) return;
    this.res ??= this.init(gl);
    const res = this.res;
    if (!this.uploaded) {
      gl.bindBuffer(gl.ARRAY_BUFFER, res.instances);
      gl.bufferData(gl.ARRAY_BUFFER, this.data, gl.STATIC_DRAW);
      this.uploaded = true;
    }
    const { lo, hi } = this;
    if (kind === "icon") this.drawn = { lo, hi, frame: this.drawn.frame + 1 };
    if (hi <= lo) return;

    const center = map.getCenter();
    const cx = mercatorX(center.lng);
    const cy = mercatorY(center.lat);
    const matrix = relativeToCenter(options.defaultProjectionData.mainMatrix, cx, cy);
    const w = gl.drawingBufferWidth;
    const h = gl.drawingBufferHeight;
    const { program, u } = kind === "halo" ? res.halo : res.icon;
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
    gl.useProgram(program);
    gl.uniformMatrix4fv(u.u_matrix, false, Float32Array.from(matrix));
    const cxHi = Math.fround(cx);
    const cyHi = Math.fround(cy);
    gl.uniform2f(u.u_center_hi, cxHi, cyHi);
    gl.uniform2f(u.u_center_lo, cx - cxHi, cy - cyHi);
    gl.uniform2f(u.u_viewport, w, h);
    if (kind === "halo") {
      const pxPerUnit =
        Math.hypot(((matrix[0] as number) * w) / 2, ((matrix[1] as number) * h) / 2) /
        (matrix[15] as number);
      gl.uniform1f(u.u_px_per_unit, pxPerUnit);
      gl.uniform3fv(u.u_colors, HALO_COLORS);
    } else {
      gl.uniform1f(u.u_size_px, ICON_SIZE_PX * map.getPixelRatio());
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, res.atlas);
      gl.uniform1i(u.u_atlas, 0);
    }
    gl.bindVertexArray(res.vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, res.instances);
    const stride = FLOATS_PER_STRIKE * 4;
    const base = lo * stride;
    gl.vertexAttribPointer(1, 2, gl.FLOAT, false, stride, base);
    gl.vertexAttribPointer(2, 2, gl.FLOAT, false, stride, base + 8);
    gl.vertexAttribPointer(3, 1, gl.FLOAT, false, stride, base + 16);
    gl.vertexAttribPointer(4, 1, gl.FLOAT, false, stride, base + 20);
    gl.vertexAttribPointer(5, 1, gl.FLOAT, false, stride, base + 24);
    gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, hi - lo);
    gl.bindVertexArray(null);
  }

  private dispose(gl: WebGL2RenderingContext): void {
    const res = this.res;
    if (!res) return;
    gl.deleteVertexArray(res.vao);
    gl.deleteBuffer(res.corners);
    gl.deleteBuffer(res.instances);
    gl.deleteTexture(res.atlas);
    gl.deleteProgram(res.halo.program);
    gl.deleteProgram(res.icon.program);
    this.res = undefined;
    this.uploaded = false;
  }
}
