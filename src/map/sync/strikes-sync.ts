import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import type { Strike } from "@/domain/types";
import { selectSelectedStrike, selectVisibleRange } from "@/state/selectors";
import type { AppStore } from "@/state/store";
import { featureCollection, type RingBuilder, strikePointFeatures } from "../features";
import { LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL, SOURCE_STRIKES } from "../ids";
import { StrikeGl } from "../strike-gl/strike-layer";

/** The GeoJSON copy of the window (hit-testing, labels, highlight) is refreshed at most this often. */
const SOURCE_REFRESH_MS = 250;

/**
 * Keeps the map showing exactly the time window. Strikes and their uncertainty halos are drawn by
 * a custom WebGL layer from one time-sorted buffer: a window change is a draw-range change, painted
 * in the next frame (see scripts/bench-browser/NOTES.md for why, with figures). The `strikes`
 * GeoJSON source still receives the window's features, throttled, for hit-testing, street-zoom
 * labels, selection highlights and `querySourceFeatures`; its symbol layer draws no icons.
 * Halos are drawn in true metres by the GL layer, so the `ring` builder is not needed here.
 */
export function syncStrikes(map: MaplibreMap, store: AppStore, _ring?: RingBuilder): () => void {
  const gl = new StrikeGl();
  map.addLayer(gl.haloLayer, LAYER_MISSIONS_HIGHLIGHT);
  map.addLayer(gl.iconLayer, LAYER_STRIKES_SYMBOL);
  map.setPaintProperty(LAYER_STRIKES_SYMBOL, "icon-opacity", 0);

  let builtFor: readonly Strike[] | undefined;
  let points: ReturnType<typeof strikePointFeatures> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRefreshMs = Number.NEGATIVE_INFINITY;

  const refreshSource = () => {
    timer = undefined;
    lastRefreshMs = performance.now();
    const state = store.getState();
    const { lo, hi } = selectVisibleRange(state);
    const features = points.slice(lo, hi);
    // A selected strike outside the window stays marked (its highlight ring), so the lines and
    // details never point at an empty spot.
    const selected = selectSelectedStrike(state);
    const index = selected ? state.strikes.indexOf(selected) : -1;
    const outside = index >= 0 && (index < lo || index >= hi) ? points[index] : undefined;
    if (outside) features.push(outside);
    map.getSource<GeoJSONSource>(SOURCE_STRIKES)?.setData(featureCollection(features));
  };
  const scheduleRefresh = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRefreshMs + SOURCE_REFRESH_MS - performance.now());
    timer = setTimeout(refreshSource, wait);
  };
  const apply = () => {
    const state = store.getState();
    if (state.strikes !== builtFor) {
      builtFor = state.strikes;
      points = strikePointFeatures(state.strikes);
      gl.setStrikes(state.strikes);
    }
    const { lo, hi } = selectVisibleRange(state);
    gl.setRange(lo, hi);
    scheduleRefresh();
  };

  apply();
  const unsubscribe = store.subscribe(selectVisibleRange, apply);
  const unsubscribeData = store.subscribe((s) => s.strikes, apply);
  const unsubscribeSelection = store.subscribe((s) => s.selection, scheduleRefresh);
  return () => {
    unsubscribe();
    unsubscribeData();
    unsubscribeSelection();
    clearTimeout(timer);
    for (const id of [gl.iconLayer.id, gl.haloLayer.id]) if (map.getLayer(id)) map.removeLayer(id);
  };
}
