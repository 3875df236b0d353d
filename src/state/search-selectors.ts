import { missionDoc, type SearchDoc, strikeDoc } from "@/analysis/search";
import type { Mission, Strike } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";

/**
 * Search documents per record, kept while the record lives: folding text is the costly part
 * (~25 µs a record), so a data set that grows by an import folds only its new records, and
 * `warmSearchIndex` can do that in slices between frames instead of in one long task.
 */
const docs = new WeakMap<Strike | Mission, SearchDoc>();
const strikeDocOf = (s: Strike) => {
  let d = docs.get(s);
  if (!d) {
    d = strikeDoc(s);
    docs.set(s, d);
  }
  return d;
};
const missionDocOf = (m: Mission) => {
  let d = docs.get(m);
  if (!d) {
    d = missionDoc(m);
    docs.set(m, d);
  }
  return d;
};

/** The search documents of a data set (sites first), from the per-record cache. */
export const searchIndexOf = memoizeLast(
  (strikes: readonly Strike[], missions: readonly Mission[]): readonly SearchDoc[] => [
    ...missions.map(missionDocOf),
    ...strikes.map(strikeDocOf),
  ],
);

/** Where the last warm-up of each strike array stopped (records before it are cached). */
const warmedTo = new WeakMap<readonly Strike[], number>();

/**
 * Builds missing search documents for at most `budgetMs`, then returns whether every record of
 * `strikes` and `missions` has one (call again in a later task until true). The caller yields
 * between calls, so no task of the page runs long however large an import is.
 */
export function warmSearchIndex(
  strikes: readonly Strike[],
  missions: readonly Mission[],
  budgetMs = 8,
  now: () => number = () => performance.now(),
): boolean {
  const until = now() + budgetMs;
  for (const m of missions) missionDocOf(m);
  let i = warmedTo.get(strikes) ?? 0;
  while (i < strikes.length) {
    const end = Math.min(strikes.length, i + 256);
    for (; i < end; i++) strikeDocOf(strikes[i] as Strike);
    if (now() >= until) break;
  }
  warmedTo.set(strikes, i);
  return i >= strikes.length;
}
