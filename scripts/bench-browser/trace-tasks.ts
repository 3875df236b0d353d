/**
 * Splits the renderer main thread's long tasks, from a Chromium trace, into the time the page's
 * own work took and the time the thread sat blocked in the compositor's WebGL canvas readback.
 *
 * Why: with `--disable-gpu` Chromium composites in software, so every frame that changed a WebGL
 * canvas ends with `Commit → LayerTreeHost::DoUpdateLayers → GLES2::ReadPixels`, a synchronous wait
 * until the GPU process (SwiftShader) has rasterised the frame. That wait is as long as the
 * software raster of the whole map — basemap included — and does not happen with GPU compositing.
 */

/** The fields of a Chrome trace event this module reads (times in µs). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly message?: string } };
}

export interface TaskSplit {
  /** When the task started, in the trace's clock (µs). */
  readonly startUs: number;
  /** The whole task, ms. */
  readonly taskMs: number;
  /** Time inside the compositor's canvas readback (GLES2::ReadPixels under DoUpdateLayers), ms. */
  readonly readbackMs: number;
  /** The rest: script, style, layout, paint and the app's own GL command recording, ms. */
  readonly ownMs: number;
  /**
   * Of `ownMs`, the time the thread sat blocked on the GPU process outside the readback
   * (`CommandBufferProxyImpl::WaitForGetOffset` / `::Flush` elsewhere in the task), ms. On
   * SwiftShader a flush can block for tens of ms when the GPU process is busy rasterising; that is
   * the software GPU's time, not the page's script. Reported beside `ownMs`, never subtracted from it.
   */
  readonly gpuBlockedMs: number;
}

const TASK = "ThreadControllerImpl::RunTask";
const GPU_BLOCKS = new Set([
  "CommandBufferProxyImpl::WaitForGetOffset",
  "CommandBufferProxyImpl::Flush",
]);
const COMPOSITOR_UPDATE = "LayerTreeHost::DoUpdateLayers";
const READBACK = "GLES2::ReadPixels";

/** Complete events of one thread, sorted by start. */
function threadEvents(events: readonly TraceEvent[], pid: number, tid: number) {
  return events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
}

const inside = (outer: TraceEvent, e: TraceEvent) =>
  e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/**
 * Every task of the renderer main thread (`CrRendererMain`) longer than `minMs`, split into
 * readback and own time. Empty when the trace has no such thread.
 */
export function splitLongTasks(events: readonly TraceEvent[], minMs = 50): TaskSplit[] {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!main) return [];
  const own = threadEvents(events, main.pid, main.tid);
  const updates = own.filter((e) => e.name === COMPOSITOR_UPDATE);
  const readbacks = own.filter((e) => e.name === READBACK && updates.some((u) => inside(u, e)));
  const blocks = own.filter(
    (e) => GPU_BLOCKS.has(e.name) && !readbacks.some((r) => inside(r, e) || inside(e, r)),
  );
  return own
    .filter((e) => e.name === TASK && (e.dur ?? 0) > minMs * 1000)
    .map((task) => {
      const readbackUs = readbacks
        .filter((r) => inside(task, r))
        .reduce((sum, r) => sum + (r.dur ?? 0), 0);
      const taskMs = (task.dur ?? 0) / 1000;
      const readbackMs = readbackUs / 1000;
      const gpuBlockedMs = unionUs(blocks.filter((b) => inside(task, b))) / 1000;
      return { startUs: task.ts, taskMs, readbackMs, ownMs: taskMs - readbackMs, gpuBlockedMs };
    });
}

/** Total time covered by `events` (sorted by start), overlaps counted once, µs. */
function unionUs(events: readonly TraceEvent[]): number {
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    const eEnd = e.ts + (e.dur ?? 0);
    if (eEnd <= end) continue;
    total += eEnd - Math.max(e.ts, end);
    end = eEnd;
  }
  return total;
}

/**
 * When the page called `console.timeStamp(label)` (the trace's clock, µs; needs the
 * `devtools.timeline` category), or undefined when it did not.
 */
export function markUs(events: readonly TraceEvent[], label: string): number | undefined {
  return events.find((e) => e.name === "TimeStamp" && e.args?.data?.message === label)?.ts;
}

/** The largest of each part over the tasks (0 when there are none; `startUs` is the first's). */
export function longest(splits: readonly TaskSplit[]): TaskSplit {
  return {
    startUs: splits[0]?.startUs ?? 0,
    taskMs: Math.max(0, ...splits.map((s) => s.taskMs)),
    readbackMs: Math.max(0, ...splits.map((s) => s.readbackMs)),
    ownMs: Math.max(0, ...splits.map((s) => s.ownMs)),
    gpuBlockedMs: Math.max(0, ...splits.map((s) => s.gpuBlockedMs)),
  };
}
