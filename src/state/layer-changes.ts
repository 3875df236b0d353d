import type { StoreApi } from "zustand";
import { warmAhead } from "./data-warmers";
import { type MergedRecords, mergeLayers, numberLayer } from "./merge-layers";
import { domainOf } from "./slices/data-slice";
import type { ImportedLayer } from "./slices/layers-slice";
import type { AppState } from "./store";

/** What `withLayers` reads of the state. */
const PATCH_INPUTS = [
  "builtin",
  "layers",
  "strikes",
  "dataStatus",
  "timeWindow",
  "selection",
] as const satisfies readonly (keyof AppState)[];

/** `layers` without the one with id `id`. */
export const withoutLayer = (layers: readonly ImportedLayer[], id: string) =>
  layers.filter((l) => l.id !== id);

/** Numbers a layer's records again above `others` (its records are not in the store yet). */
function renumber(layer: ImportedLayer, others: readonly ImportedLayer[]): void {
  for (const r of [...layer.strikes, ...layer.missions]) (r as { mapId: number }).mapId = 0;
  numberLayer(layer, others);
}

/** What the last removal took away, so that it can be put back. */
export interface RemovedLayers {
  readonly layers: readonly ImportedLayer[];
  /** Every layer's id before the removal, in order. */
  readonly order: readonly string[];
}

/** The lowest and highest mapId of a layer's records ([Infinity, -Infinity] when it has none). */
function mapIdSpan(layer: ImportedLayer): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const r of [...layer.strikes, ...layer.missions]) {
    lo = Math.min(lo, r.mapId);
    hi = Math.max(hi, r.mapId);
  }
  return [lo, hi];
}

/**
 * The layers with `removed` put back, each after the layers that came before it when it was
 * removed (layers imported or read back since keep their places). Its records keep their mapIds
 * unless a layer imported since was given an overlapping block; then they are numbered afresh
 * above every other layer.
 */
export function layersWithRestored(
  current: readonly ImportedLayer[],
  removed: RemovedLayers,
): ImportedLayer[] {
  const rank = new Map(removed.order.map((id, i) => [id, i] as const));
  const result = [...current];
  const present = new Set(current.map((l) => l.id));
  for (const layer of removed.layers) {
    if (present.has(layer.id)) continue;
    const [lo, hi] = mapIdSpan(layer);
    const taken = result.some((l) => {
      const [a, b] = mapIdSpan(l);
      return a <= hi && lo <= b;
    });
    if (taken) renumber(layer, result);
    const k = rank.get(layer.id) ?? Number.POSITIVE_INFINITY;
    let at = 0;
    result.forEach((l, i) => {
      if ((rank.get(l.id) ?? Number.POSITIVE_INFINITY) < k) at = i + 1;
    });
    result.splice(at, 0, layer);
  }
  return result;
}

/**
 * The state after `layers` replace the current ones: merged records, a selection that still exists,
 * and a time window that stays the whole domain when it was (or becomes it when `widen`).
 */
export function withLayers(
  state: AppState,
  layers: readonly ImportedLayer[],
  widen = false,
  merged: MergedRecords = mergeLayers(state.builtin, layers),
): Partial<AppState> {
  const { strikes, missions } = merged;
  const next: Partial<AppState> = { layers, strikes, missions };
  if (state.dataStatus === "ready") {
    const old = domainOf(state.strikes);
    const win = state.timeWindow;
    // A window shown only until a link's window can be applied is not the user's whole domain.
    const wasWhole =
      win.startMs <= old.startMs && win.endMs >= old.endMs && win !== state.timeWindowProvisional;
    if (widen || wasWhole) next.timeWindow = domainOf(strikes);
  }
  const sel = state.selection;
  // Before the built-in data has loaded, a linked selection cannot be checked yet: keep it.
  if (sel && state.dataStatus === "ready") {
    const list: readonly { id: string }[] = sel.kind === "strike" ? strikes : missions;
    if (!list.some((r) => r.id === sel.id)) next.selection = null;
  }
  return next;
}

const mergedOf = (patch: Partial<AppState>): MergedRecords | undefined =>
  patch.strikes && patch.missions
    ? { strikes: patch.strikes, missions: patch.missions }
    : undefined;

/** The store as a slice sees it. */
interface StoreAccess {
  readonly get: () => AppState;
  readonly set: (patch: Partial<AppState>) => void;
  readonly api: StoreApi<AppState>;
}

/**
 * Adds `layer` as `addLayer` does, in steps with `pause` before each: number its records, merge,
 * warm what the new data makes for the store's listeners (./data-warmers), then one commit. When
 * something the merge read changed meanwhile it merges again (numbering afresh if the other layers
 * changed), so the outcome is always the one `addLayer` would give on the state at the commit.
 */
export async function addInSteps(
  { get, set, api }: StoreAccess,
  layer: ImportedLayer,
  pause: () => Promise<void>,
): Promise<void> {
  const widen = layer.strikes.length > 0;
  await pause();
  const before = get();
  numberLayer(layer, withoutLayer(before.layers, layer.id));
  await pause();
  const base = get();
  let patch = withLayers(base, [...withoutLayer(base.layers, layer.id), layer], widen);
  await pause();
  await warmAhead(api, { ...base, ...patch }, pause);
  const now = get();
  if (now.layers !== before.layers || PATCH_INPUTS.some((k) => now[k] !== base[k])) {
    const rest = withoutLayer(now.layers, layer.id);
    if (now.layers !== before.layers) renumber(layer, rest);
    // Only the window or the selection moved (playback, a click): the merged records stand, and
    // with them everything warmed on them; the window and the selection are decided afresh.
    const sameRecords = now.layers === before.layers && now.builtin === base.builtin;
    patch = withLayers(now, [...rest, layer], widen, sameRecords ? mergedOf(patch) : undefined);
  }
  set(patch);
}
