import type { MapGeoJSONFeature, Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import { selectStrikesById } from "@/state/selectors";
import type { Selection } from "@/state/slices/selection-slice";
import type { AppStore } from "@/state/store";
import { LAYER_MISSIONS_SYMBOL } from "./ids";
import { strikeAtPoint } from "./sync/strikes-sync";

const HIT_PADDING_PX = 6;
/** Half a strike symbol (they are 18 px). */
const STRIKE_SYMBOL_RADIUS_PX = 9;
/** How far from a strike's centre a click still hits it: its symbol plus the padding. */
const STRIKE_HIT_RADIUS_PX = STRIKE_SYMBOL_RADIUS_PX + HIT_PADDING_PX;

const distancePx = (map: MaplibreMap, lngLat: readonly [number, number], x: number, y: number) => {
  const p = map.project([lngLat[0], lngLat[1]]);
  return Math.hypot(p.x - x, p.y - y);
};

/**
 * The strike or mission under the pointer. Strike symbols draw above missions, so a pointer on a
 * strike's symbol picks the strike; otherwise the nearer of the two. Strikes come from the
 * spatial index over the current window (exact for any window size, never a stale copy);
 * missions from MapLibre's rendered symbols.
 */
function hitAt(map: MaplibreMap, store: AppStore, e: MapMouseEvent): Selection | null {
  const { x, y } = e.point;
  const box: [[number, number], [number, number]] = [
    [x - HIT_PADDING_PX, y - HIT_PADDING_PX],
    [x + HIT_PADDING_PX, y + HIT_PADDING_PX],
  ];
  let mission: { f: MapGeoJSONFeature; d: number } | undefined;
  for (const f of map.queryRenderedFeatures(box, { layers: [LAYER_MISSIONS_SYMBOL] })) {
    if (f.geometry.type !== "Point" || !(f.properties as { mid?: string }).mid) continue;
    const d = distancePx(map, f.geometry.coordinates as [number, number], x, y);
    if (!mission || d < mission.d) mission = { f, d };
  }
  const strikeId = strikeAtPoint(map, e.point, STRIKE_HIT_RADIUS_PX);
  const strike = strikeId ? selectStrikesById(store.getState()).get(strikeId) : undefined;
  const strikeD = strike ? distancePx(map, strike.lngLat, x, y) : Number.POSITIVE_INFINITY;
  const onStrikeSymbol = strikeD <= STRIKE_SYMBOL_RADIUS_PX;
  if (strike && (!mission || onStrikeSymbol || strikeD <= mission.d))
    return { kind: "strike", id: strike.id };
  const mid = (mission?.f.properties as { mid?: string } | undefined)?.mid;
  return mid ? { kind: "mission", id: mid } : null;
}

/** Click or tap selects the nearest strike or mission under the pointer; hover highlights it. */
export function bindInteractions(map: MaplibreMap, store: AppStore): () => void {
  const onClick = (e: MapMouseEvent) => {
    // While measuring, clicks belong to the measure tool (src/map/measure).
    if (store.getState().tool === "measure") return;
    const hit = hitAt(map, store, e);
    store.getState().select(hit, "map");
    if (hit) store.getState().setPanelTab("details");
  };
  const onMove = (e: MapMouseEvent) => {
    const hit = hitAt(map, store, e);
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
