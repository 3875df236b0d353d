import type { FeatureCollection } from "geojson";
import type {
  GeoJSONSource,
  LayerSpecification,
  Map as MaplibreMap,
  MapMouseEvent,
} from "maplibre-gl";
import { findStacks } from "@/analysis/stacks";
import { selectFilterMask, selectVisibleRange } from "@/state/selectors";
import type { AppState, AppStore } from "@/state/store";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { LAYER_MEASURE_CASING } from "../measure/ids";
import { isMirrored } from "./strikes-sync";

export const SOURCE_STACKS = "strike-stacks";
export const LAYER_STACK_BADGES = "strike-stack-badges";
const LAYER_STACK_COUNTS = "strike-stack-counts";
/** Street zoom: below it the symbols of a neighbourhood overlap anyway (clusters group them). */
export const STACK_MIN_ZOOM = 13;
/** Up and right of the point, so the badge never covers the strikes it counts. */
export const STACK_BADGE_OFFSET_PX: readonly [number, number] = [15, -15];

const STACK_LAYERS: readonly LayerSpecification[] = [
  {
    id: LAYER_STACK_BADGES,
    type: "circle",
    source: SOURCE_STACKS,
    minzoom: STACK_MIN_ZOOM,
    paint: {
      "circle-radius": 10,
      "circle-color": "#1d2430",
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 2,
      "circle-translate": [...STACK_BADGE_OFFSET_PX],
    },
  },
  {
    id: LAYER_STACK_COUNTS,
    type: "symbol",
    source: SOURCE_STACKS,
    minzoom: STACK_MIN_ZOOM,
    layout: {
      "text-field": ["to-string", ["get", "count"]],
      "text-font": ["Noto Sans SemiBold"],
      "text-size": 11,
      "text-allow-overlap": true,
      "text-ignore-placement": true,
    },
    paint: { "text-color": "#ffffff", "text-translate": [...STACK_BADGE_OFFSET_PX] },
  },
];

/** The stacks of the window on show (empty when the window is too large to mirror). */
export function stackCollection(s: AppState): FeatureCollection {
  const range = selectVisibleRange(s);
  if (!isMirrored(range)) return { type: "FeatureCollection", features: [] };
  const shown = selectFilterMask(s)?.mask;
  const points = [];
  for (let i = range.lo; i < range.hi; i++) {
    const strike = s.strikes[i];
    if (strike && (!shown || shown[i] === 1)) points.push(strike);
  }
  const features = findStacks(points).map((stack, i) => ({
    type: "Feature" as const,
    id: i,
    geometry: { type: "Point" as const, coordinates: [stack.lngLat[0], stack.lngLat[1]] },
    properties: { count: stack.ids.length, ids: stack.ids.join("\n") },
  }));
  return { type: "FeatureCollection", features };
}

const NO_STACKS: FeatureCollection = { type: "FeatureCollection", features: [] };

/**
 * Count badges on points holding two or more strikes of the window (street zoom); a click on one
 * lists its strikes (`showStack`) for the reader to choose from. Recomputed once the window rests,
 * and only at street zoom, where the badges are drawn: below it a rest costs nothing here (finding
 * the stacks of a 5,000-strike window and re-tiling them was ~10 ms a rest while scrubbing the
 * whole country); zooming in past the badges' zoom computes them for the window then on show.
 */
export function syncStacks(map: MaplibreMap, store: AppStore): () => void {
  const atStreetZoom = () => map.getZoom() >= STACK_MIN_ZOOM;
  /** Whether the source holds the current window's stacks (not stale, not left empty). */
  let current = atStreetZoom();
  let empty = !current;
  if (!map.getSource(SOURCE_STACKS)) {
    const data = current ? stackCollection(store.getState()) : NO_STACKS;
    map.addSource(SOURCE_STACKS, { type: "geojson", data });
    const before = map.getLayer(LAYER_MEASURE_CASING) ? LAYER_MEASURE_CASING : undefined;
    for (const layer of STACK_LAYERS) map.addLayer(layer, before);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    timer = undefined;
    const source = map.getSource<GeoJSONSource>(SOURCE_STACKS);
    if (atStreetZoom()) {
      source?.setData(stackCollection(store.getState()));
      current = true;
      empty = false;
    } else if (!empty) {
      source?.setData(NO_STACKS);
      empty = true;
    }
  };
  const unsubscribe = store.subscribe(
    (s) => [s.strikes, selectVisibleRange(s), selectFilterMask(s)] as const,
    () => {
      current = false;
      clearTimeout(timer);
      timer = setTimeout(refresh, WINDOW_REST_MS);
    },
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  const onMoveEnd = () => {
    if (!current && timer === undefined && atStreetZoom()) refresh();
  };
  map.on("moveend", onMoveEnd);
  const onClick = (e: MapMouseEvent) => {
    if (store.getState().tool !== "pan" || !map.getLayer(LAYER_STACK_BADGES)) return;
    const hit = map.queryRenderedFeatures(e.point, { layers: [LAYER_STACK_BADGES] })[0];
    const ids = hit?.properties.ids;
    if (typeof ids === "string") store.getState().showStack(ids.split("\n"));
  };
  map.on("click", onClick);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    map.off("click", onClick);
    map.off("moveend", onMoveEnd);
  };
}
