/**
 * Draws the strike symbols of a dense window without the ones hidden under newer symbols (see
 * cull.ts): culls on the CPU, uploads the kept symbols' vertex indices, and draws those. The cull
 * is kept while the view, the window and the data stay the same (a repaint for another layer
 * costs nothing), and skipped when it would save little.
 */
import { type CullScratch, type CullView, createCullScratch, cullHidden } from "./cull";
import { VERTICES_PER_STRIKE } from "./strike-texture";

/** Windows of at least this many strikes are culled; below it one plain draw is cheaper. */
export const CULL_FROM = 5000;
/** When more than this share of the window would still be drawn, the plain draw is used. */
const WORTH_IT = 0.75;

interface Key {
  readonly lo: number;
  readonly hi: number;
  readonly view: CullView;
}

const sameView = (a: CullView, b: CullView): boolean => {
  if (a.cx !== b.cx || a.cy !== b.cy || a.widthPx !== b.widthPx) return false;
  if (a.heightPx !== b.heightPx || a.marginPx !== b.marginPx) return false;
  for (let i = 0; i < 16; i++) if (a.matrix[i] !== b.matrix[i]) return false;
  return true;
};

/** What a cull reads and writes: the element buffer, the records, the window `[lo, hi)`, the view. */
type CullArgs = [
  gl: WebGL2RenderingContext,
  indexBuffer: WebGLBuffer,
  data: Float32Array,
  lo: number,
  hi: number,
  view: CullView,
];

export class CulledIcons {
  private readonly scratch: CullScratch = createCullScratch();
  private indices = new Uint32Array(0);
  private key: Key | undefined;
  /** Symbols kept for `key`, and whether the plain draw is the better one for it. */
  private count = 0;
  private plain = false;
  /** Culls computed ahead of a frame and in one (a test hook). */
  readonly culls = { ahead: 0, inFrame: 0 };

  /** Forgets the cull (new data, or a new index buffer after a lost context): the next draw culls. */
  invalidate(): void {
    this.key = undefined;
  }

  /**
   * Draws symbols `[lo, hi)` of `data` culled (the same data until `invalidate`), with the VAO whose element
   * buffer is `indexBuffer` bound and the symbol program in use. Returns how many symbols it drew,
   * or -1 when it drew nothing because the plain draw is the better one.
   */
  draw(...args: CullArgs): number {
    if (this.refresh(false, ...args)) this.culls.inFrame++;
    if (this.plain) return -1;
    if (this.count === 0) return 0;
    const [gl] = args;
    gl.drawElements(gl.TRIANGLES, this.count * VERTICES_PER_STRIKE, gl.UNSIGNED_INT, 0);
    return this.count;
  }

  /**
   * Culls and uploads ahead of the frame, in a task of its own, for the view the frame is expected
   * to have (the last one drawn): its draw then only checks the key. The element buffer is written
   * through COPY_WRITE_BUFFER (no vertex array is touched) and that binding put back.
   */
  prepare(...args: CullArgs): void {
    if (this.refresh(true, ...args)) this.culls.ahead++;
  }

  /**
   * Culls and uploads the kept indices unless the cull for this window and view is held; true when
   * it culled. In render the element buffer is bound as such (MapLibre resets state afterwards);
   * `aside` (outside render) writes it through COPY_WRITE_BUFFER and puts that binding back.
   */
  private refresh(aside: boolean, ...[gl, indexBuffer, data, lo, hi, view]: CullArgs): boolean {
    if (this.has(lo, hi, view)) return false;
    this.cull(data, lo, hi, view);
    if (this.count === 0 || this.plain) return true;
    const target = aside ? gl.COPY_WRITE_BUFFER : gl.ELEMENT_ARRAY_BUFFER;
    const bound = aside
      ? (gl.getParameter(gl.COPY_WRITE_BUFFER_BINDING) as WebGLBuffer | null)
      : null;
    gl.bindBuffer(target, indexBuffer);
    gl.bufferData(target, this.kept(), gl.DYNAMIC_DRAW);
    if (aside) gl.bindBuffer(target, bound);
    return true;
  }

  /** True when the cull for this window and view is the one held. */
  private has(lo: number, hi: number, view: CullView): boolean {
    const k = this.key;
    return k !== undefined && k.lo === lo && k.hi === hi && sameView(k.view, view);
  }

  private cull(data: Float32Array, lo: number, hi: number, view: CullView): void {
    const n = cullHidden(data, lo, hi, view, this.scratch);
    this.key = { lo, hi, view: { ...view, matrix: Float64Array.from(view.matrix) } };
    this.count = n;
    this.plain = n > WORTH_IT * (hi - lo);
  }

  /** The kept symbols' vertex indices. */
  private kept(): Uint32Array {
    const n = this.count;
    if (this.indices.length < n * VERTICES_PER_STRIKE)
      this.indices = new Uint32Array(Math.ceil(n * 1.25) * VERTICES_PER_STRIKE);
    const idx = this.indices;
    const kept = this.scratch.kept;
    for (let j = 0, o = 0; j < n; j++) {
      const base = (kept[j] as number) * VERTICES_PER_STRIKE;
      for (let v = 0; v < VERTICES_PER_STRIKE; v++) idx[o++] = base + v;
    }
    return idx.subarray(0, n * VERTICES_PER_STRIKE);
  }
}
