import { nextTask } from "@/lib/next-task";
import { selectClassCounts, selectLayerIds } from "./filter-selectors";
import { selectNavItems } from "./navigator-selectors";
import {
  selectFilterMask,
  selectRawStrikeColumns,
  selectShownRange,
  selectShownStrikes,
  selectShownStrikeTimes,
  selectStrikeTimes,
  selectVisibleRange,
  selectVisibleStrikes,
} from "./selectors";
import { clusterKey } from "./slices/proximity-slice";
import type { AppState } from "./store";
import { selectHistogram, selectTimelineDomain } from "./time-selectors";

/**
 * Work a new data set makes for the store's listeners — a memoised selector's value, a map layer's
 * records — computed for a state that is about to be committed. Memoised on the identity of what
 * it reads, so the commit (and every component reading the same selector) finds it done.
 */
export type DataWarmer = (next: AppState) => unknown;

/**
 * The store's own selectors that are O(strikes) on new data, in dependency order. Each is computed
 * in a task of its own ahead of a staged change (`warmAhead`); after a 100k-row import they took
 * ~120 ms together inside the task that applied it.
 */
export const SELECTOR_WARMERS: readonly DataWarmer[] = [
  selectStrikeTimes,
  selectVisibleRange,
  selectFilterMask,
  selectShownStrikes,
  selectShownRange,
  selectShownStrikeTimes,
  selectVisibleStrikes,
  selectTimelineDomain,
  selectHistogram,
  selectClassCounts,
  selectLayerIds,
  selectNavItems,
  clusterKey,
  selectRawStrikeColumns,
];

const registered = new WeakMap<object, Set<DataWarmer>>();

/**
 * Adds work to do ahead of each staged data change of `store` (e.g. the map's strike records);
 * returns its removal.
 */
export function addDataWarmer(store: object, warmer: DataWarmer): () => void {
  const set = registered.get(store) ?? new Set<DataWarmer>();
  registered.set(store, set);
  set.add(warmer);
  return () => {
    set.delete(warmer);
  };
}

/** The warmers registered for `store`, in order of registration. */
export const warmersOf = (store: object): readonly DataWarmer[] => [
  ...(registered.get(store) ?? []),
];

/**
 * Runs the store's selector warmers, then the registered ones, on `next`, each in a task of its
 * own (`pause` between them). A warmer that throws is skipped: the commit computes what it needs.
 */
export async function warmAhead(
  store: object,
  next: AppState,
  pause: () => Promise<void> = nextTask,
): Promise<void> {
  for (const warm of [...SELECTOR_WARMERS, ...warmersOf(store)]) {
    try {
      warm(next);
    } catch {
      // The commit recomputes it and reports any error where it always has.
    }
    await pause();
  }
}
