import type { Strike } from "@/domain/types";

/** Time order of strikes: earlier first, ties by id (the merged data set's order). Pure. */
export const byTime = (a: Strike, b: Strike): number =>
  a.tMs - b.tMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Strikes in time order: as given when already sorted (or reversed when sorted newest-first, as
 * many exports are), otherwise sorted. Pure; never sorts in place.
 */
export function sortStrikes(strikes: readonly Strike[]): readonly Strike[] {
  let up = true;
  let down = true;
  for (let i = 1; i < strikes.length && (up || down); i++) {
    const c = byTime(strikes[i - 1] as Strike, strikes[i] as Strike);
    if (c > 0) up = false;
    if (c < 0) down = false;
  }
  if (up) return strikes;
  if (down) return [...strikes].reverse();
  return [...strikes].sort(byTime);
}
