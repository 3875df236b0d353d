import { strikeMissionDistances } from "@/analysis/proximity";
import { windowRange } from "@/analysis/time-index";
import type { Mission, Strike } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";
import type { AppState } from "./store";

const strikeTimes = memoizeLast((strikes: readonly Strike[]) =>
  Float64Array.from(strikes, (s) => s.tMs),
);

/** Time-sorted strike instants (epoch ms), one typed array per data set. */
export const selectStrikeTimes = (s: AppState): Float64Array => strikeTimes(s.strikes);

const visibleRange = memoizeLast((times: Float64Array, startMs: number, endMs: number) => {
  const [lo, hi] = windowRange(times, { startMs, endMs });
  return { lo, hi } as const;
});

/** Index range `[lo, hi)` of the strikes inside the time window. */
export const selectVisibleRange = (s: AppState) =>
  visibleRange(selectStrikeTimes(s), s.timeWindow.startMs, s.timeWindow.endMs);

const visibleStrikes = memoizeLast(
  (strikes: readonly Strike[], range: { lo: number; hi: number }) =>
    strikes.slice(range.lo, range.hi),
);

/** The strikes inside the time window, in time order. */
export const selectVisibleStrikes = (s: AppState): readonly Strike[] =>
  visibleStrikes(s.strikes, selectVisibleRange(s));

export const selectVisibleStrikeCount = (s: AppState): number => {
  const r = selectVisibleRange(s);
  return r.hi - r.lo;
};

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item] as const));
const strikesById = memoizeLast(byId<Strike>);
const missionsById = memoizeLast(byId<Mission>);

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
