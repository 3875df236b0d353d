import type { Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import { selectStrikesById } from "@/state/selectors";
import type { Selection } from "@/state/slices/selection-slice";
import type { AppStore } from "@/state/store";
import { CLUSTER_BADGE_HIT_LAYERS } from "./clusters/ids";
import { LAYER_MISSIONS_SYMBOL } from "./ids";
import { ICON_SIZE_PX } from "./strike-gl/strike-layer";
import { LAYER_STACK_BADGES } from "./sync/stacks-sync";
import { strikesAtPoint } from "./sync/strikes-sync";

const HIT_PADDING_PX = 6;
/** Half a strike symbol. */
const STRIKE_SYMBOL_RADIUS_PX = ICON_SIZE_PX / 2;
/** How far from a strike's centre a click still hits it: its symbol plus the padding. */
const STRIKE_HIT_RADIUS_PX = STRIKE_SYMBOL_RADIUS_PX + HIT_PADDING_PX;

const distancePx = (map: MaplibreMap, lngLat: readonly [number, number], x: number, y: number) => {
  const p = map.project([lngLat[0], lngLat[1]]);
  return Math.hypot(p.x - x, p.y - y);
};

/** A selectable item under the pointer and its distance from it in CSS px. */
interface Candidate {
  readonly sel: Selection;
  readonly distancePx: number;
}

/**
 * Everything selectable under the pointer, in the order a click picks them: strikes on whose
 * symbol the pointer is (they draw above missions), then the rest nearest first. Strikes come from
 * the spatial index over the current window (exact for any window size, never a stale copy);
 * missions from MapLibre's rendered symbols.
 */
function candidatesAt(map: MaplibreMap, store: AppStore, e: MapMouseEvent): Candidate[] {
  const { x, y } = e.point;
  const box: [[number, number], [number, number]] = [
    [x - HIT_PADDING_PX, y - HIT_PADDING_PX],
    [x + HIT_PADDING_PX, y + HIT_PADDING_PX],
  ];
  const out: Candidate[] = [];
  const byId = selectStrikesById(store.getState());
  for (const id of strikesAtPoint(map, e.point, STRIKE_HIT_RADIUS_PX)) {
    const strike = byId.get(id);
    if (strike)
      out.push({ sel: { kind: "strike", id }, distancePx: distancePx(map, strike.lngLat, x, y) });
  }
  const seen = new Set<string>();
  for (const f of map.queryRenderedFeatures(box, { layers: [LAYER_MISSIONS_SYMBOL] })) {
    const mid = (f.properties as { mid?: string }).mid;
    if (f.geometry.type !== "Point" || !mid || seen.has(mid)) continue;
    seen.add(mid);
    const d = distancePx(map, f.geometry.coordinates as [number, number], x, y);
    out.push({ sel: { kind: "mission", id: mid }, distancePx: d });
  }
  const rank = (c: Candidate) =>
    c.sel.kind === "strike" && c.distancePx <= STRIKE_SYMBOL_RADIUS_PX ? 0 : 1;
  // A stable sort keeps the index's order (nearest, then latest) among strikes.
  return out.sort((a, b) => rank(a) - rank(b) || a.distancePx - b.distancePx);
}

const same = (a: Selection | null, b: Selection) => a?.kind === b.kind && a.id === b.id;

/**
 * What a click picks: the first candidate, or — when the current selection is under the pointer
 * too — the one after it, so repeated clicks on overlapping symbols (strikes recorded on a
 * mission's own point) reach each of them in turn.
 */
function pickOnClick(candidates: readonly Candidate[], current: Selection | null) {
  const at = candidates.findIndex((c) => same(current, c.sel));
  return candidates[at < 0 ? 0 : (at + 1) % candidates.length]?.sel ?? null;
}

/** Click or tap selects the nearest strike or mission under the pointer; hover highlights it. */
export function bindInteractions(map: MaplibreMap, store: AppStore): () => void {
  const onClick = (e: MapMouseEvent) => {
    // While measuring or placing a site, clicks belong to that tool (measure/, add-site.ts).
    if (store.getState().tool !== "pan") return;
    // A click on a cluster badge chooses the cluster (clusters-sync.ts), one on a stack's count
    // lists its strikes (stacks-sync.ts), not what lies beneath.
    const badges = [...CLUSTER_BADGE_HIT_LAYERS, LAYER_STACK_BADGES].filter((id) =>
      map.getLayer(id),
    );
    if (badges.length > 0 && map.queryRenderedFeatures(e.point, { layers: badges }).length > 0)
      return;
    const hit = pickOnClick(candidatesAt(map, store, e), store.getState().selection);
    store.getState().select(hit, "map");
    if (hit) store.getState().setPanelTab("details");
  };
  const onMove = (e: MapMouseEvent) => {
    const hit = candidatesAt(map, store, e)[0]?.sel ?? null;
    const current = store.getState().hovered;
    if (hit?.id !== current?.id || hit?.kind !== current?.kind) store.getState().setHovered(hit);
    if (store.getState().tool !== "measure") map.getCanvas().style.cursor = hit ? "pointer" : "";
  };
  const onLeave = () => store.getState().setHovered(null);
  map.on("click", onClick);
  map.on("mousemove", onMove);
  map.on("mouseout", onLeave);
  return () => {
    map.off("click", onClick);
    map.off("mousemove", onMove);
    map.off("mouseout", onLeave);
  };
}
