import type { Feature, Point } from "geojson";
import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import type { Strike } from "@/domain/types";
import { i18nFor } from "@/i18n/catalog";
import { debounce } from "@/lib/debounce";
import { addDataWarmer } from "@/state/data-warmers";
import { selectFilterMask, selectSelectedStrike, selectVisibleRange } from "@/state/selectors";
import type { AppStore } from "@/state/store";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { featureCollection, strikePointFeature } from "../features";
import { LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL, SOURCE_STRIKES } from "../ids";
import { StrikeHitIndex } from "../strike-gl/hit-index";
import { mercatorX, mercatorY } from "../strike-gl/instance-data";
import { StrikeGl } from "../strike-gl/strike-layer";
import { strikeRecords } from "../strike-gl/strike-records";

/**
 * The GeoJSON copy of the window (street-zoom labels, hover and selection highlights) is refreshed
 * once the window has rested this long, not while it keeps moving (a drag or fast playback): each
 * refresh re-tiles the source and costs extra frames, which would delay the next scrub frame.
 * Clicks never depend on it (`strikesAtPoint` reads the current window).
 */
const SOURCE_QUIET_MS = WINDOW_REST_MS;
/**
 * Windows with more strikes than this are not copied into the GeoJSON source: at 100k, tiling and
 * placing them costs seconds per frame in the worker and the renderer. Such windows are drawn by
 * the GL layer only; `strikesAtPoint` hit-tests them.
 */
const GEOJSON_MIRROR_LIMIT = 5000;

/** Whether the window `[lo, hi)` is copied into the GeoJSON source (it is small enough). */
export const isMirrored = ({ lo, hi }: { readonly lo: number; readonly hi: number }) =>
  hi - lo <= GEOJSON_MIRROR_LIMIT;

interface HitEntry {
  readonly store: AppStore;
  index: StrikeHitIndex | undefined;
  indexFor: readonly Strike[] | undefined;
}
const hitEntries = new WeakMap<MaplibreMap, HitEntry>();

/**
 * The ids of the strikes in the current window within `radiusPx` of a screen point (CSS px, map
 * container coordinates), nearest first (the latest first among equally near ones), from a spatial
 * index — works for any window size, unlike rendered-feature queries on the capped GeoJSON copy.
 */
export function strikesAtPoint(
  map: MaplibreMap,
  point: { readonly x: number; readonly y: number },
  radiusPx: number,
): string[] {
  const entry = hitEntries.get(map);
  if (!entry) return [];
  const state = entry.store.getState();
  if (entry.indexFor !== state.strikes) {
    entry.index = new StrikeHitIndex(state.strikes);
    entry.indexFor = state.strikes;
  }
  const at = map.unproject([point.x, point.y]);
  const edge = map.unproject([point.x + radiusPx, point.y]);
  const x = mercatorX(at.lng);
  const radius = Math.abs(mercatorX(edge.lng) - x);
  const { lo, hi } = selectVisibleRange(state);
  const found = entry.index?.within(x, mercatorY(at.lat), radius, lo, hi) ?? [];
  const shown = selectFilterMask(state)?.mask;
  return found.flatMap((i) => (shown && shown[i] === 0 ? [] : (state.strikes[i]?.id ?? [])));
}

/**
 * Keeps the map showing exactly the time window. Strikes and their uncertainty halos are drawn by
 * a custom WebGL layer from one time-sorted buffer: a window change is a draw-range change, painted
 * in the next frame (see scripts/bench-browser/NOTES.md for why, with figures). The `strikes`
 * GeoJSON source still receives the window's features once the window rests (and only up to
 * GEOJSON_MIRROR_LIMIT of them) for street-zoom labels, hover and selection highlights and
 * `querySourceFeatures`; its symbol layer draws no icons. Hit-testing uses `strikesAtPoint`.
 */
export function syncStrikes(map: MaplibreMap, store: AppStore): () => void {
  const gl = new StrikeGl();
  hitEntries.set(map, { store, index: undefined, indexFor: undefined });
  map.addLayer(gl.haloLayer, LAYER_MISSIONS_HIGHLIGHT);
  map.addLayer(gl.iconLayer, LAYER_STRIKES_SYMBOL);
  map.setPaintProperty(LAYER_STRIKES_SYMBOL, "icon-opacity", 0);

  let builtFor: readonly Strike[] | undefined;
  let builtMask: ReturnType<typeof selectFilterMask>;
  let builtLocale = store.getState().locale;
  // Point features are made on demand (only mirrored windows and the selection need them) and
  // kept per index until the data changes: making all of them formats 100k dates in one task.
  let points: (Feature<Point> | undefined)[] = [];
  const pointAt = (i: number): Feature<Point> | undefined => {
    const s = store.getState().strikes[i];
    if (!s || builtFor !== store.getState().strikes) return undefined;
    let p = points[i];
    if (!p) points[i] = p = strikePointFeature(s, i, i18nFor(store.getState().locale).fmt);
    return p;
  };

  // What the source holds; it starts empty (mount-map adds it so). The same copy is never sent
  // twice: each setData is a worker round trip and a frame (at start, the data's window is set
  // again once the link is applied).
  let sent: readonly Feature<Point>[] = [];
  const refreshSource = () => {
    scheduleRefresh.cancel();
    const state = store.getState();
    const range = selectVisibleRange(state);
    const { lo, hi } = range;
    const mirrored = isMirrored(range);
    const shown = selectFilterMask(state)?.mask;
    const features: Feature<Point>[] = [];
    if (mirrored)
      for (let i = lo; i < hi; i++) {
        const p = shown && shown[i] === 0 ? undefined : pointAt(i);
        if (p) features.push(p);
      }
    // The selected strike is always marked (its highlight ring): outside the window, so the lines
    // and details never point at an empty spot, and inside a window too large to mirror.
    const selected = selectSelectedStrike(state);
    const index = selected ? state.strikes.indexOf(selected) : -1;
    const missing =
      index >= 0 && (!mirrored || index < lo || index >= hi) ? pointAt(index) : undefined;
    if (missing) features.push(missing);
    if (features.length === sent.length && features.every((f, i) => f === sent[i])) return;
    sent = features;
    map.getSource<GeoJSONSource>(SOURCE_STRIKES)?.setData(featureCollection(features));
  };
  const scheduleRefresh = debounce(refreshSource, SOURCE_QUIET_MS);
  const apply = () => {
    const state = store.getState();
    const mask = selectFilterMask(state);
    const newData = state.strikes !== builtFor;
    if (newData || state.locale !== builtLocale) {
      builtFor = state.strikes;
      builtLocale = state.locale;
      points = [];
    }
    if (newData || mask !== builtMask) {
      builtMask = mask;
      gl.setStrikes(state.strikes, mask?.mask);
    }
    const { lo, hi } = selectVisibleRange(state);
    gl.setRange(lo, hi);
    // New data is copied at once (no drag is in progress); a moving window waits until it rests.
    if (newData) refreshSource();
    else scheduleRefresh();
  };

  apply();
  // A staged data change (a large import) builds the layer's records ahead of its commit.
  const unwarm = addDataWarmer(store, (next) =>
    strikeRecords(next.strikes, selectFilterMask(next)?.mask),
  );
  const unsubscribe = store.subscribe(selectVisibleRange, apply);
  const unsubscribeData = store.subscribe((s) => s.strikes, apply);
  const unsubscribeLocale = store.subscribe((s) => s.locale, apply);
  const unsubscribeFilters = store.subscribe(selectFilterMask, apply);
  const unsubscribeSelection = store.subscribe((s) => s.selection, scheduleRefresh);
  return () => {
    unwarm();
    unsubscribe();
    unsubscribeData();
    unsubscribeLocale();
    unsubscribeFilters();
    unsubscribeSelection();
    scheduleRefresh.cancel();
    hitEntries.delete(map);
    for (const id of [gl.iconLayer.id, gl.haloLayer.id]) if (map.getLayer(id)) map.removeLayer(id);
  };
}
