/**
 * Time index over strikes sorted by `tMs` ascending: binary searches, O(log n), no allocation.
 * Windows are closed-open `[startMs, endMs)` in epoch milliseconds.
 */
import type { TimeWindow } from "@/domain/types";
import { UnsortedTimesError } from "./errors";

/**
 * The first index `i` in `[lo, hi)` with `sorted[i] >= valueMs` (or `hi` when none). `sorted`
 * must be ascending; NaN `valueMs` returns `hi`. Never mutates `sorted`.
 */
export function lowerBound(
  sorted: ArrayLike<number>,
  valueMs: number,
  lo = 0,
  hi = sorted.length,
): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((sorted[mid] as number) < valueMs) a = mid + 1;
    else b = mid;
  }
  return Number.isNaN(valueMs) ? hi : a;
}

/**
 * Index range `[lo, hi)` of the instants inside the closed-open window `[startMs, endMs)`:
 * `sorted[lo..hi-1]` are exactly the strikes in the window, found in O(log n).
 * An empty or inverted window (endMs ≤ startMs), or NaN bounds, gives an empty range `[k, k]`.
 * `sorted` must be ascending (see {@link assertTimesSorted}); it is never mutated.
 */
export function windowRange(
  sorted: ArrayLike<number>,
  window: TimeWindow,
): [lo: number, hi: number] {
  const lo = lowerBound(sorted, window.startMs);
  if (!(window.endMs > window.startMs)) return [lo, lo];
  return [lo, lowerBound(sorted, window.endMs, lo)];
}

/** Number of instants inside the window (`hi − lo` of {@link windowRange}). */
export function countInWindow(sorted: ArrayLike<number>, window: TimeWindow): number {
  const [lo, hi] = windowRange(sorted, window);
  return hi - lo;
}

/** Throws UnsortedTimesError at the first NaN/infinite or descending instant. O(n). */
export function assertTimesSorted(tMs: ArrayLike<number>): void {
  let prev = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < tMs.length; i++) {
    const t = tMs[i] as number;
    if (!Number.isFinite(t) || t < prev) throw new UnsortedTimesError(i);
    prev = t;
  }
}
