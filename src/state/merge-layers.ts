import type { Mission, Strike } from "@/domain/types";
import type { LoadedData } from "./slices/data-slice";
import type { ImportedLayer } from "./slices/layers-slice";

/** The records on show: built-in data plus every visible imported layer. */
export interface MergedRecords {
  readonly strikes: readonly Strike[];
  readonly missions: readonly Mission[];
}

/**
 * Copies of records with a new mapId, remembered per original record so that a layer shown again
 * (or a merge that leaves a record's position alone) hands back the same object as before.
 */
const renumbered = new WeakMap<object, { mapId: number; copy: object }>();

function withMapId<T extends { mapId: number }>(item: T, mapId: number): T {
  if (item.mapId === mapId) return item;
  const seen = renumbered.get(item);
  if (seen && seen.mapId === mapId) return seen.copy as T;
  const copy = { ...item, mapId };
  renumbered.set(item, { mapId, copy });
  return copy;
}

const byTime = (a: Strike, b: Strike) => a.tMs - b.tMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Merges time-sorted runs into one time-sorted array (k-way, stable by run order). */
function mergeSorted(runs: readonly (readonly Strike[])[]): Strike[] {
  const nonEmpty = runs.filter((r) => r.length > 0);
  if (nonEmpty.length === 1) return [...(nonEmpty[0] as readonly Strike[])];
  const out: Strike[] = [];
  const at = nonEmpty.map(() => 0);
  const total = nonEmpty.reduce((n, r) => n + r.length, 0);
  while (out.length < total) {
    let best = -1;
    let bestStrike: Strike | undefined;
    for (let k = 0; k < nonEmpty.length; k++) {
      const s = (nonEmpty[k] as readonly Strike[])[at[k] as number];
      if (s && (!bestStrike || byTime(s, bestStrike) < 0)) {
        best = k;
        bestStrike = s;
      }
    }
    out.push(bestStrike as Strike);
    at[best] = (at[best] as number) + 1;
  }
  return out;
}

/** Sorts a layer's strikes by time once, when the layer is made. Pure. */
export function sortStrikes(strikes: readonly Strike[]): Strike[] {
  return [...strikes].sort(byTime);
}

/**
 * The merged visible set: strikes of the built-in data and of visible layers in time order, then
 * missions (built-in first, then layers in order). mapIds are reassigned here — index + 1 — and
 * nowhere else. Built-in arrays and records are never modified. Layers' strikes must be time-sorted.
 */
export function mergeLayers(
  builtin: Pick<LoadedData, "strikes" | "missions">,
  layers: readonly ImportedLayer[],
): MergedRecords {
  const visible = layers.filter((l) => l.visible);
  const runs = visible.map((l) => l.strikes).filter((r) => r.length > 0);
  let strikes = builtin.strikes;
  if (runs.length > 0) {
    const out = mergeSorted([builtin.strikes, ...runs]);
    for (let i = 0; i < out.length; i++) out[i] = withMapId(out[i] as Strike, i + 1);
    strikes = out;
  }
  const mRuns = visible.map((l) => l.missions).filter((r) => r.length > 0);
  const missions =
    mRuns.length === 0
      ? builtin.missions
      : [builtin.missions, ...mRuns].flat().map((m, i) => withMapId(m, i + 1));
  return { strikes, missions };
}
