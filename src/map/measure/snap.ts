import type { Map as MaplibreMap, PointLike } from "maplibre-gl";
import type { LngLat } from "@/domain/types";
import { selectMissionsById, selectSelectedStrike, selectStrikesById } from "@/state/selectors";
import type { Selection } from "@/state/slices/selection-slice";
import type { MeasurePoint, MeasureRef } from "@/state/slices/tool-slice";
import type { AppStore } from "@/state/store";
import { LAYER_MISSIONS_SYMBOL } from "../ids";
import { strikesAtPoint } from "../sync/strikes-sync";

/** How close (pixels) the pointer must be to a symbol for a point to snap to it. */
export const SNAP_RADIUS_PX = 10;
/** Candidates this much farther than the nearest still count as "on the same spot". */
const TIE_PX = 3;

export interface SnapCandidate {
  readonly ref: MeasureRef;
  readonly lngLat: LngLat;
  /** Screen distance from the pointer, pixels. */
  readonly distancePx: number;
}

const same = (a: MeasureRef | Selection | null | undefined, b: MeasureRef) =>
  a !== null && a !== undefined && a.kind === b.kind && a.id === b.id;

/**
 * Chooses what a click snaps to among the symbols within `SNAP_RADIUS_PX`. Records often share a
 * point (an unpublished impact sits on its mission), so among those on the same spot it prefers,
 * in order: not the previous vertex again; the other kind than the previous vertex (strike →
 * mission); the current selection; a strike over a mission (strikes draw on top). Pure.
 */
export function pickSnap(
  candidates: readonly SnapCandidate[],
  previous: MeasureRef | undefined,
  selection: Selection | null,
): SnapCandidate | undefined {
  const near = candidates.filter((c) => c.distancePx <= SNAP_RADIUS_PX);
  const fresh = near.filter((c) => !same(previous, c.ref));
  const pool = fresh.length > 0 ? fresh : near;
  const best = Math.min(...pool.map((c) => c.distancePx));
  const tied = pool.filter((c) => c.distancePx <= best + TIE_PX);
  const score = (c: SnapCandidate) =>
    (previous && c.ref.kind !== previous.kind ? 4 : 0) +
    (same(selection, c.ref) ? 2 : 0) +
    (c.ref.kind === "strike" ? 1 : 0);
  return [...tied].sort((a, b) => score(b) - score(a) || a.distancePx - b.distancePx)[0];
}

/**
 * Strikes and missions under the pointer, with exact record positions. Strikes come from the hit
 * index (`strikesAtPoint`: the window's shown strikes at any window size, where the GeoJSON copy
 * stops at 5000), plus the selected strike when it lies outside the window (its ring is drawn);
 * missions from their rendered symbols.
 */
export function snapCandidates(map: MaplibreMap, store: AppStore, point: { x: number; y: number }) {
  const state = store.getState();
  const strikes = selectStrikesById(state);
  const missions = selectMissionsById(state);
  const out: SnapCandidate[] = [];
  const seen = new Set<string>();
  const add = (ref: MeasureRef, lngLat: LngLat | undefined) => {
    if (!lngLat || seen.has(`${ref.kind}:${ref.id}`)) return;
    seen.add(`${ref.kind}:${ref.id}`);
    const p = map.project([lngLat[0], lngLat[1]]);
    out.push({ ref, lngLat, distancePx: Math.hypot(p.x - point.x, p.y - point.y) });
  };
  for (const id of strikesAtPoint(map, point, SNAP_RADIUS_PX)) {
    add({ kind: "strike", id }, strikes.get(id)?.lngLat);
  }
  const selected = selectSelectedStrike(state);
  if (selected) add({ kind: "strike", id: selected.id }, selected.lngLat);
  if (!map.getLayer(LAYER_MISSIONS_SYMBOL)) return out;
  const box: [PointLike, PointLike] = [
    [point.x - SNAP_RADIUS_PX, point.y - SNAP_RADIUS_PX],
    [point.x + SNAP_RADIUS_PX, point.y + SNAP_RADIUS_PX],
  ];
  for (const f of map.queryRenderedFeatures(box, { layers: [LAYER_MISSIONS_SYMBOL] })) {
    const mid = (f.properties as { mid?: string }).mid;
    if (mid) add({ kind: "mission", id: mid }, missions.get(mid)?.lngLat);
  }
  return out;
}

/** The measure point a click at `point` makes: snapped to a record when one is close enough. */
export function measurePointAt(
  map: MaplibreMap,
  store: AppStore,
  point: { x: number; y: number },
  previous: MeasureRef | undefined,
): MeasurePoint {
  const hit = pickSnap(snapCandidates(map, store, point), previous, store.getState().selection);
  if (hit) return { lngLat: hit.lngLat, ref: hit.ref };
  const ll = map.unproject([point.x, point.y]).wrap();
  return { lngLat: [ll.lng, ll.lat] };
}
