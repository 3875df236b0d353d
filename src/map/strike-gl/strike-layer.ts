import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MaplibreMap,
} from "maplibre-gl";
import type { Strike } from "@/domain/types";
import { nextTask } from "@/lib/next-task";
import { haloColors } from "./atlas";
import { type ContextRecovery, keepAcrossContextLoss } from "./context-recovery";
import type { CullView } from "./cull";
import { CULL_FROM } from "./culled-draw";
import {
  ATLAS_UNIT,
  createGpuResources,
  deleteGpuResources,
  type GpuResources,
  STRIKES_UNIT,
} from "./gpu-resources";
import { haloRuns } from "./halo-runs";
import { FLOATS_PER_STRIKE, HIDDEN, mercatorX, mercatorY, relativeToCenter } from "./instance-data";
import { RecordsSlot } from "./records-slot";
import { strikeRecords } from "./strike-records";
import { drawStrikeRanges, uploadStrikeTexture, uploadStrikeTextureAside } from "./strike-texture";

export const LAYER_STRIKE_GL_HALOS = "strike-gl-halos";
export const LAYER_STRIKE_GL_ICONS = "strike-gl-icons";

/** Screen size of a strike symbol in CSS px (the sprite draws them at 18 px too). */
export const ICON_SIZE_PX = 18;
const HALO_COLORS = haloColors();
/**
 * Draws the strikes (uncertainty halos and weapon symbols) from one time-sorted texture of records
 * (six vertices per strike and no vertex buffer, see strike-texture.ts).
 * Any time window is the contiguous index range `[lo, hi)`, so moving the window is one draw-range
 * change and a repaint: no re-tiling, no filter, no worker round trip. Two custom layers (halos
 * low in the stack, symbols high) share the buffer. GL work happens inside `render`, where MapLibre
 * resets its cached GL state afterwards. New data is uploaded and culled ahead of its first frame
 * into a second copy, while frames go on drawing the previous data (records-slot.ts). The instance
 * data stays on the CPU too, so after a lost WebGL context the layers are put back in place and
 * rebuild their GPU objects on the next frame, drawing the same window (see context-recovery.ts).
 */
export class StrikeGl {
  private map: MaplibreMap | undefined;
  private gl: WebGL2RenderingContext | undefined;
  private res: GpuResources | undefined;
  private recovery: ContextRecovery | undefined;
  /** What frames draw, and where new data is readied (records-slot.ts). */
  private front = new RecordsSlot(0);
  private back = new RecordsSlot(1);
  /** True while the back slot holds new data its work ahead has not finished with. */
  private staged = false;
  /** Scratch for the halo runs of a frame. */
  private readonly runs: number[] = [];
  /** Strikes the last frame drew halos for, and whether halo runs are used (test hooks). */
  private drawnHalos = 0;
  private haloRunsOn = true;
  /** Windows of at least this many strikes are culled (culled-draw.ts); tests change it. */
  private cullFrom = CULL_FROM;
  /** Symbols the last frame drew culled, or -1 when it drew them all (a test hook). */
  private drawnCulled = -1;
  /** The symbols' view in the last frame: the one new data is culled for ahead of its frame. */
  private lastView: CullView | undefined;
  /** Counts setStrikes calls: work ahead for older data stops. */
  private generation = 0;
  /** Off: new data is shown at once, uploaded and culled in the frame that draws it (a test hook). */
  private aheadOn = true;
  /** What the last new data's work ahead did (a test hook). */
  private ahead = { uploaded: false, culled: false };
  /** The index range the last painted frame drew (a test and benchmark hook). */
  drawn: { lo: number; hi: number; frame: number } = { lo: 0, hi: 0, frame: 0 };

  readonly haloLayer: CustomLayerInterface = {
    id: LAYER_STRIKE_GL_HALOS,
    type: "custom",
    renderingMode: "2d",
    onAdd: (map, gl) => this.attach(map, gl),
    onRemove: (_map, gl) => this.dispose(gl),
    render: (gl, options) => this.draw(gl, options, "halo"),
  };

  /** The symbols layer; `drawnRange()` tells what the last painted frame showed. */
  readonly iconLayer: CustomLayerInterface & {
    drawnRange(): { lo: number; hi: number; frame: number };
    drawnShown(): number;
    /** Symbols the last frame drew after culling the hidden ones, or -1 for all of them. */
    drawnCulled(): number;
    /** Strikes whose halos the last frame drew (the rest were under two pixels). */
    drawnHalos(): number;
    /** Off: every halo of the window is drawn (tests compare the picture with and without). */
    setHaloRuns(on: boolean): void;
    /** Sets the window size from which symbols are culled (tests compare with and without). */
    setCullFrom(n: number): void;
    /** Off: new data is uploaded and culled in the frame that draws it, not ahead. */
    setWorkAhead(on: boolean): void;
    /** What the work ahead of the last new data's frame did, and culls done ahead and in frames. */
    workedAhead(): {
      uploaded: boolean;
      culled: boolean;
      culls: { ahead: number; inFrame: number };
    };
  } = {
    id: LAYER_STRIKE_GL_ICONS,
    type: "custom",
    renderingMode: "2d",
    onAdd: (map, gl) => this.attach(map, gl),
    render: (gl, options) => this.draw(gl, options, "icon"),
    drawnRange: () => this.drawn,
    drawnShown: () => this.shownInDrawnRange(),
    drawnCulled: () => this.drawnCulled,
    drawnHalos: () => this.drawnHalos,
    setHaloRuns: (on) => {
      this.haloRunsOn = on;
      this.map?.triggerRepaint();
    },
    setCullFrom: (n) => {
      this.cullFrom = n;
      this.map?.triggerRepaint();
    },
    setWorkAhead: (on) => {
      this.aheadOn = on;
    },
    workedAhead: () => {
      const [a, b] = [this.front.culled.culls, this.back.culled.culls];
      return { ...this.ahead, culls: { ahead: a.ahead + b.ahead, inFrame: a.inFrame + b.inFrame } };
    },
  };

  /** How many strikes of the last painted range the filters let through (a test hook; O(range)). */
  private shownInDrawnRange(): number {
    const { data, uploaded } = this.front;
    if (!uploaded) return -1;
    let n = 0;
    for (let i = this.drawn.lo; i < this.drawn.hi; i++)
      if (data[i * FLOATS_PER_STRIKE + 6] !== HIDDEN) n++;
    return n;
  }

  /** The records new data left the layer holding: shown, or being readied (a test hook). */
  heldRecords(): Float32Array {
    return (this.staged ? this.back : this.front).data;
  }

  /**
   * Replaces the strikes (time-sorted) and which of them the filters show (`shown[i] === 0` is
   * never drawn). Called when the data or the filters change, never while the window moves. Once
   * the layer has drawn, the new records are readied in the back slot ahead of their first frame
   * (`workAhead`), and shown when that is done; `setRange` meanwhile sets their window.
   */
  setStrikes(strikes: readonly Strike[], shown?: Uint8Array | undefined): void {
    const records = strikeRecords(strikes, shown);
    const { lo, hi } = this.staged ? this.back : this.front;
    const generation = ++this.generation;
    this.ahead = { uploaded: false, culled: false };
    if (this.aheadOn && this.res) {
      this.back.hold(records, lo, hi);
      this.staged = true;
      void this.workAhead(generation);
    } else {
      this.staged = false;
      this.front.hold(records, lo, hi);
      this.map?.triggerRepaint();
    }
  }

  /**
   * The new data's GL work, each part in a task of its own ahead of the frame that first draws it
   * (so that no task holds the upload, the cull and MapLibre's frame together), in the back slot
   * while frames draw the front: the records texture, then the symbols' cull for the last frame's
   * view. Then the slots change places and a repaint shows the new data. Without a context to work
   * on, the new data is shown at once (its first frame uploads it).
   */
  private async workAhead(generation: number): Promise<void> {
    const ready = () => {
      const { gl, res } = this;
      return gl && res && !gl.isContextLost() ? { gl, res } : undefined;
    };
    const back = this.back;
    await nextTask();
    if (generation !== this.generation || !this.staged) return;
    let now = ready();
    if (now && !back.uploaded) {
      uploadStrikeTextureAside(now.gl, now.res.slots[back.gpu].strikes, STRIKES_UNIT, back.data);
      back.uploaded = true;
      this.ahead.uploaded = true;
    }
    await nextTask();
    if (generation !== this.generation || !this.staged) return;
    now = ready();
    const view = this.lastView;
    if (now && view && back.hi - back.lo >= this.cullFrom) {
      const args = [now.gl, now.res.slots[back.gpu].indices, back.data, back.lo, back.hi] as const;
      back.culled.prepare(...args, view);
      this.ahead.culled = true;
    }
    this.showStaged();
  }

  /** The back slot's new data becomes what frames draw. */
  private showStaged(): void {
    if (!this.staged) return;
    [this.front, this.back] = [this.back, this.front];
    this.staged = false;
    this.map?.triggerRepaint();
  }

  /**
   * Shows the strikes with indices `[lo, hi)` from the next frame on; for new data still being
   * readied, from its first frame.
   */
  setRange(lo: number, hi: number): void {
    const slot = this.staged ? this.back : this.front;
    if (lo === slot.lo && hi === slot.hi) return;
    slot.lo = lo;
    slot.hi = hi;
    if (!this.staged) this.map?.triggerRepaint();
  }

  private attach(map: MaplibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    this.recovery ??= keepAcrossContextLoss(map, [this.haloLayer, this.iconLayer], () =>
      this.forgetGpu(),
    );
    this.recovery.remember();
  }

  /** Drops the GPU objects (deleting them if the context still lives); the data stays on the CPU. */
  private forgetGpu(): void {
    if (this.res && this.gl && !this.gl.isContextLost()) deleteGpuResources(this.gl, this.res);
    this.res = undefined;
    this.front.forgetGpu();
    this.back.forgetGpu();
    this.showStaged();
  }

  private draw(
    gl: WebGL2RenderingContext,
    options: CustomRenderMethodInput,
    kind: "halo" | "icon",
  ) {
    const map = this.map;
    if (!map || gl.isContextLost()) return;
    this.gl = gl;
    this.res ??= createGpuResources(gl);
    const res = this.res;
    const slot = this.front;
    const gpu = res.slots[slot.gpu];
    if (!slot.uploaded) {
      uploadStrikeTexture(gl, gpu.strikes, STRIKES_UNIT, slot.data);
      slot.uploaded = true;
    }
    const { lo, hi } = slot;
    if (kind === "icon") this.drawn = { lo, hi, frame: this.drawn.frame + 1 };
    if (kind === "halo") this.drawnHalos = 0;
    if (hi <= lo) return;

    const center = map.getCenter();
    const cx = mercatorX(center.lng);
    const cy = mercatorY(center.lat);
    const matrix = relativeToCenter(options.defaultProjectionData.mainMatrix, cx, cy);
    const w = gl.drawingBufferWidth;
    const h = gl.drawingBufferHeight;
    const { program, u } = kind === "halo" ? res.halo : res.icon;
    const sizePx = ICON_SIZE_PX * map.getPixelRatio();
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
    gl.useProgram(program);
    gl.uniformMatrix4fv(u.u_matrix, false, Float32Array.from(matrix));
    const cxHi = Math.fround(cx);
    const cyHi = Math.fround(cy);
    gl.uniform2f(u.u_center_hi, cxHi, cyHi);
    gl.uniform2f(u.u_center_lo, cx - cxHi, cy - cyHi);
    gl.uniform2f(u.u_viewport, w, h);
    gl.activeTexture(gl.TEXTURE0 + STRIKES_UNIT);
    gl.bindTexture(gl.TEXTURE_2D, gpu.strikes);
    gl.uniform1i(u.u_strikes, STRIKES_UNIT);
    let pxPerUnit = 0;
    if (kind === "halo") {
      pxPerUnit =
        Math.hypot(((matrix[0] as number) * w) / 2, ((matrix[1] as number) * h) / 2) /
        (matrix[15] as number);
      gl.uniform1f(u.u_px_per_unit, pxPerUnit);
      gl.uniform3fv(u.u_colors, HALO_COLORS);
    } else {
      gl.uniform1f(u.u_size_px, sizePx);
      gl.activeTexture(gl.TEXTURE0 + ATLAS_UNIT);
      gl.bindTexture(gl.TEXTURE_2D, res.atlas);
      gl.uniform1i(u.u_atlas, ATLAS_UNIT);
    }
    gl.bindVertexArray(gpu.vao);
    let culled = -1;
    if (kind === "icon") {
      const view = { matrix, cx, cy, widthPx: w, heightPx: h, marginPx: sizePx / 2 + 1 };
      this.lastView = view;
      if (hi - lo >= this.cullFrom)
        culled = slot.culled.draw(gl, gpu.indices, slot.data, lo, hi, view);
    }
    if (kind === "halo") {
      // Only the runs of strikes whose halos reach two pixels (halo-runs.ts).
      const runs = this.haloRunsOn
        ? haloRuns(slot.haloBlocks, lo, hi, pxPerUnit, this.runs)
        : [lo, hi];
      this.drawnHalos = drawStrikeRanges(gl, runs);
    } else if (culled < 0) drawStrikeRanges(gl, [lo, hi]);
    if (kind === "icon") this.drawnCulled = culled;
    gl.bindVertexArray(null);
  }

  /** The halo layer left the map: for good, or only while MapLibre rebuilds a lost style. */
  private dispose(gl: WebGL2RenderingContext): void {
    if (!this.recovery?.restoring) {
      this.recovery?.dispose();
      this.recovery = undefined;
    }
    this.gl = gl;
    this.forgetGpu();
  }
}
