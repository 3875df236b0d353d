import { type RawStrikeColumns, toRawStrikeColumns } from "@/analysis/columns";
import { strikeMissionDistances } from "@/analysis/proximity";
import { filterMask, isNoFilter, type StrikeFilters } from "@/analysis/strike-filter";
import { windowRange } from "@/analysis/time-index";
import type { Mission, Strike } from "@/domain/types";
import { lazyIdLookup } from "@/lib/id-lookup";
import { memoizeLast } from "@/lib/memoize-last";
import type { AppState } from "./store";

/** The instants of `strikes` (a plain loop: `Float64Array.from` with a map function took 5× as long at 100k). */
function timesOf(strikes: readonly Strike[]): Float64Array {
  const out = new Float64Array(strikes.length);
  for (let i = 0; i < strikes.length; i++) out[i] = (strikes[i] as Strike).tMs;
  return out;
}

const strikeTimes = memoizeLast(timesOf, 2);

/** Time-sorted strike instants (epoch ms), one typed array per data set. */
export const selectStrikeTimes = (s: AppState): Float64Array => strikeTimes(s.strikes);

/**
 * The strikes' raw columns, what the analysis worker is given for clusters: one set per data set,
 * built ahead of a staged import (data-warmers.ts) rather than in the task that sends them.
 */
export const rawStrikeColumns = memoizeLast(toRawStrikeColumns, 2);

/** {@link rawStrikeColumns} of the state's strikes. */
export const selectRawStrikeColumns = (s: AppState): RawStrikeColumns =>
  rawStrikeColumns(s.strikes);

const visibleRange = memoizeLast((times: Float64Array, startMs: number, endMs: number) => {
  const [lo, hi] = windowRange(times, { startMs, endMs });
  return { lo, hi } as const;
});

/** Index range `[lo, hi)` of the strikes inside the time window. */
export const selectVisibleRange = (s: AppState) =>
  visibleRange(selectStrikeTimes(s), s.timeWindow.startMs, s.timeWindow.endMs);

const mask = memoizeLast(
  (strikes: readonly Strike[], filters: StrikeFilters, missions: readonly Mission[]) =>
    isNoFilter(filters) ? undefined : filterMask(strikes, filters, missions),
  2,
);

/** Which strikes pass the filters (1 = shown) with running counts; undefined when nothing is filtered. */
export const selectFilterMask = (s: AppState) => mask(s.strikes, s.filters, s.missions);

const shownStrikes = memoizeLast(
  (strikes: readonly Strike[], m: ReturnType<typeof selectFilterMask>): readonly Strike[] =>
    m ? strikes.filter((_, i) => m.mask[i] === 1) : strikes,
  2,
);

/**
 * The strikes that pass the filters (all times), still in time order: the data every "shown"
 * view (list, histogram, clusters, rings, exports) reads. The same array as `s.strikes` when
 * nothing is filtered.
 */
export const selectShownStrikes = (s: AppState): readonly Strike[] =>
  shownStrikes(s.strikes, selectFilterMask(s));

const shownRange = memoizeLast(
  (range: { lo: number; hi: number }, m: ReturnType<typeof selectFilterMask>) =>
    m ? ({ lo: m.prefix[range.lo] ?? 0, hi: m.prefix[range.hi] ?? 0 } as const) : range,
);

/** Index range `[lo, hi)` into `selectShownStrikes` of the window's shown strikes. */
export const selectShownRange = (s: AppState) =>
  shownRange(selectVisibleRange(s), selectFilterMask(s));

const shownTimes = memoizeLast(timesOf, 2);

/** Time-sorted instants of the shown strikes (the histogram's input); all of them unfiltered. */
export const selectShownStrikeTimes = (s: AppState): Float64Array =>
  selectFilterMask(s) ? shownTimes(selectShownStrikes(s)) : selectStrikeTimes(s);

const visibleStrikes = memoizeLast(
  (strikes: readonly Strike[], range: { lo: number; hi: number }) =>
    strikes.slice(range.lo, range.hi),
  2,
);

/** The strikes inside the time window that pass the filters, in time order. */
export const selectVisibleStrikes = (s: AppState): readonly Strike[] =>
  visibleStrikes(selectShownStrikes(s), selectShownRange(s));

/** How many strikes are inside the window and pass the filters. */
export const selectVisibleStrikeCount = (s: AppState): number => {
  const r = selectShownRange(s);
  return r.hi - r.lo;
};

// Lazy: the index of 100k imported strikes is built on the first lookup, not on every data change.
const strikesById = memoizeLast(lazyIdLookup<Strike>);
const missionsById = memoizeLast(lazyIdLookup<Mission>);

export const selectStrikesById = (s: AppState) => strikesById(s.strikes);
export const selectMissionsById = (s: AppState) => missionsById(s.missions);

export const selectSelectedStrike = (s: AppState): Strike | undefined =>
  s.selection?.kind === "strike" ? selectStrikesById(s).get(s.selection.id) : undefined;

export const selectSelectedMission = (s: AppState): Mission | undefined =>
  s.selection?.kind === "mission" ? selectMissionsById(s).get(s.selection.id) : undefined;

const selectedDistances = memoizeLast((strike: Strike | undefined, missions: readonly Mission[]) =>
  strike ? strikeMissionDistances(strike, missions) : [],
);

/** Geodesic distance, bearing and uncertainty interval from the selected strike to every mission, nearest first. */
export const selectSelectedStrikeDistances = (s: AppState) =>
  selectedDistances(selectSelectedStrike(s), s.missions);
