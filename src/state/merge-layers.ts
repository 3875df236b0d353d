import type { Mission, Strike } from "@/domain/types";
import { byTime, sortStrikes as sortImported } from "@/import/sort";
import type { LoadedData } from "./slices/data-slice";
import type { ImportedLayer } from "./slices/layers-slice";

/** The records on show: built-in data plus every visible imported layer. */
export interface MergedRecords {
  readonly strikes: readonly Strike[];
  readonly missions: readonly Mission[];
}

/**
 * mapIds of imported records start here, above any built-in mapId (index + 1 of a data set far
 * smaller than this), so that built-in records keep theirs and nothing is copied to renumber.
 */
export const FIRST_IMPORTED_MAP_ID = 1_000_000;

/** Merges time-sorted runs into one time-sorted array (k-way; ties keep run order). */
function mergeSorted(runs: readonly (readonly Strike[])[]): Strike[] {
  const total = runs.reduce((n, r) => n + r.length, 0);
  const out: Strike[] = new Array(total);
  const at = runs.map(() => 0);
  for (let o = 0; o < total; o++) {
    let best = -1;
    let bestStrike: Strike | undefined;
    for (let k = 0; k < runs.length; k++) {
      const s = (runs[k] as readonly Strike[])[at[k] as number];
      if (s && (!bestStrike || byTime(s, bestStrike) < 0)) {
        best = k;
        bestStrike = s;
      }
    }
    out[o] = bestStrike as Strike;
    at[best] = (at[best] as number) + 1;
  }
  return out;
}

/** A layer's strikes in time order (see ../import/sort); the import worker already sorts them. */
export const sortStrikes = sortImported;

/**
 * Gives the records of a layer that is about to enter the store their mapIds: a block of
 * consecutive integers above every block in `others` (and above all built-in mapIds). Records
 * fresh from the importer (mapId 0) are numbered in place — they are not shared with anything
 * yet, and copying 100k records would stall the page; a layer whose records already have mapIds
 * (read back from storage) keeps them.
 */
export function numberLayer(layer: ImportedLayer, others: readonly ImportedLayer[]): void {
  const first = layer.strikes[0] ?? layer.missions[0];
  if (first?.mapId !== 0) return;
  let next = FIRST_IMPORTED_MAP_ID;
  // Above every other layer's block.
  for (const l of others) {
    const last = Math.max(l.strikes.reduce(maxId, 0), l.missions.reduce(maxId, 0));
    if (last >= next) next = last + 1;
  }
  for (const r of layer.strikes) (r as { mapId: number }).mapId = next++;
  for (const r of layer.missions) (r as { mapId: number }).mapId = next++;
}

const maxId = (m: number, r: { mapId: number }) => Math.max(r.mapId, m);

/**
 * The merged visible set: strikes of the built-in data and of visible layers in time order, then
 * missions (built-in first, then layers in order). Records keep their (unique) mapIds; built-in
 * arrays and records are never modified. Layers' strikes must be time-sorted.
 */
export function mergeLayers(
  builtin: Pick<LoadedData, "strikes" | "missions">,
  layers: readonly ImportedLayer[],
): MergedRecords {
  const visible = layers.filter((l) => l.visible);
  const runs = visible.map((l) => l.strikes).filter((r) => r.length > 0);
  const strikes = runs.length === 0 ? builtin.strikes : mergeSorted([builtin.strikes, ...runs]);
  const mRuns = visible.map((l) => l.missions).filter((r) => r.length > 0);
  const missions = mRuns.length === 0 ? builtin.missions : [builtin.missions, ...mRuns].flat();
  return { strikes, missions };
}
