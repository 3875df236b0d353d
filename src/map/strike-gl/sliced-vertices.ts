import { FLOATS_PER_STRIKE } from "./instance-data";
import { FLOATS_PER_VERTEX, VERTICES_PER_STRIKE, writeQuadVertices } from "./quad-vertices";

/**
 * Strikes per slice: about 1.8 MB of vertices, a few milliseconds on an idle core, so a 100k-strike
 * buffer (21 MB) is built in ~13 short tasks instead of one long one.
 */
export const SLICE_STRIKES = 8192;

/** Runs `task` as a new macrotask (input and frames may run first). */
export type NextTask = (task: () => void) => void;

/** A new macrotask through a MessageChannel: unlike `setTimeout(0)`, never clamped to 4 ms. */
export const nextMacrotask: NextTask = (task) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
};

/**
 * Builds the same vertices as `quadVertices(instances)`, `sliceStrikes` strikes per task (the
 * first slice in a later task too), then calls `done` with them. Returns a cancel function: after
 * it, no more slices run and `done` is never called. Never mutates `instances`.
 */
export function buildQuadVerticesSliced(
  instances: Float32Array,
  done: (vertices: Float32Array) => void,
  next: NextTask = nextMacrotask,
  sliceStrikes = SLICE_STRIKES,
): () => void {
  const n = Math.floor(instances.length / FLOATS_PER_STRIKE);
  const out = new Float32Array(n * VERTICES_PER_STRIKE * FLOATS_PER_VERTEX);
  const step = Math.max(1, Math.floor(sliceStrikes));
  let from = 0;
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const to = Math.min(n, from + step);
    writeQuadVertices(instances, out, from, to);
    from = to;
    if (from < n) next(slice);
    else done(out);
  };
  next(slice);
  return () => {
    cancelled = true;
  };
}
