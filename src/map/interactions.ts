import type { MapGeoJSONFeature, Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import type { Selection } from "@/state/slices/selection-slice";
import type { AppStore } from "@/state/store";
import { INTERACTIVE_LAYERS, LAYER_STRIKES_SYMBOL } from "./ids";
import { strikeAtPoint } from "./sync/strikes-sync";

const HIT_PADDING_PX = 6;

function hitAt(map: MaplibreMap, e: MapMouseEvent): Selection | null {
  const { x, y } = e.point;
  const box: [[number, number], [number, number]] = [
    [x - HIT_PADDING_PX, y - HIT_PADDING_PX],
    [x + HIT_PADDING_PX, y + HIT_PADDING_PX],
  ];
  const hits = map.queryRenderedFeatures(box, { layers: [...INTERACTIVE_LAYERS] });
  // Strikes draw above missions; prefer the hit nearest the pointer.
  let best: { f: MapGeoJSONFeature; d: number } | undefined;
  for (const f of hits) {
    if (f.geometry.type !== "Point") continue;
    const p = map.project(f.geometry.coordinates as [number, number]);
    const d = Math.hypot(p.x - x, p.y - y);
    if (!best || d < best.d) best = { f, d };
  }
  if (!best) {
    // Windows too large for the GeoJSON mirror are hit-tested from the spatial index.
    const id = strikeAtPoint(map, e.point, HIT_PADDING_PX);
    return id ? { kind: "strike", id } : null;
  }
  const props = best.f.properties as { sid?: string; mid?: string };
  if (best.f.layer.id === LAYER_STRIKES_SYMBOL && props.sid)
    return { kind: "strike", id: props.sid };
  if (props.mid) return { kind: "mission", id: props.mid };
  return null;
}

/** Click or tap selects the nearest strike or mission under the pointer; hover highlights it. */
export function bindInteractions(map: MaplibreMap, store: AppStore): () => void {
  const onClick = (e: MapMouseEvent) => {
    // While measuring, clicks belong to the measure tool (src/map/measure).
    if (store.getState().tool === "measure") return;
    const hit = hitAt(map, e);
    store.getState().select(hit, "map");
    if (hit) store.getState().setPanelTab("details");
  };
  const onMove = (e: MapMouseEvent) => {
    const hit = hitAt(map, e);
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
