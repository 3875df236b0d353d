import { CulledIcons } from "./culled-draw";
import { buildInstanceData } from "./instance-data";
import type { StrikeRecords } from "./strike-records";

/**
 * One set of strike records the layer can draw, the window of them it shows, and which of the
 * two GPU copies (`GpuResources.slots`) holds them. The layer keeps two: the front one, which
 * every frame draws, and the back one, which new data is uploaded and culled into ahead of its
 * first frame. A frame that comes before that work is done draws the front (the previous data,
 * whole) rather than doing the work itself; then the two change places (strike-layer.ts).
 */
export class RecordsSlot {
  data: Float32Array = buildInstanceData([]);
  /** The largest halo radius per block of strikes (halo-runs.ts). */
  haloBlocks: Float32Array = new Float32Array(0);
  /** False until `data` is in this slot's texture. */
  uploaded = true;
  /** The window `[lo, hi)` of `data` to draw. */
  lo = 0;
  hi = 0;
  readonly culled = new CulledIcons();
  /** Which of `GpuResources.slots` holds this slot's texture and indices. */
  readonly gpu: 0 | 1;

  constructor(gpu: 0 | 1) {
    this.gpu = gpu;
  }

  /** Takes new records (their texture and any cull are then stale) and the window to show. */
  hold({ data, haloBlocks }: StrikeRecords, lo: number, hi: number): void {
    this.data = data;
    this.haloBlocks = haloBlocks;
    this.uploaded = false;
    this.culled.invalidate();
    this.lo = lo;
    this.hi = hi;
  }

  /** The GPU copies are gone (lost context, layer removed): the next frame uploads again. */
  forgetGpu(): void {
    this.uploaded = false;
    this.culled.invalidate();
  }
}
