import type { Map as MaplibreMap } from "maplibre-gl";
import { i18nFor } from "@/i18n/catalog";
import { debounce } from "@/lib/debounce";
import { rafThrottle } from "@/lib/raf-throttle";
import { selectMissionRings } from "@/state/proximity-selectors";
import {
  selectMissionsById,
  selectSelectedMission,
  selectSelectedStrike,
  selectSelectedStrikeDistances,
} from "@/state/selectors";
import type { AppState, AppStore } from "@/state/store";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { LAYER_MISSION_HALO_FILL } from "../ids";
import { SOURCE_PROXIMITY } from "../proximity/ids";
import { collection, ringFeatures, strikeLinkFeatures } from "../proximity/proximity-features";
import { PROXIMITY_LABEL_LAYERS, PROXIMITY_LINE_LAYERS } from "../proximity/proximity-layers";
import { addEmptySource, setSourceData } from "./source-data";

/** Everything the proximity overlay depends on; compared item by item. */
const inputs = (s: AppState) =>
  [
    selectSelectedStrike(s),
    selectSelectedMission(s),
    selectSelectedStrikeDistances(s),
    selectMissionRings(s),
    s.distanceUnit,
    s.locale,
  ] as const;
/** The position of the ring counts in `inputs`. */
const RINGS = 3;

/**
 * While the time window moves, ring counts change on every step; their labels are redrawn once
 * the window rests this long (re-tiling the overlay each step would add frames to the scrub).
 */
const RING_SETTLE_MS = WINDOW_REST_MS;

/**
 * Draws, for a selected strike, geodesic lines to its nearest missions with their distances and,
 * for a selected mission, its range rings with the window's strike counts. Lines and rings go
 * under the app's symbols, labels on top. A new selection or unit is drawn in the next frame;
 * a change of ring counts alone (the window moved) once the window rests.
 */
export function syncProximity(map: MaplibreMap, store: AppStore): () => void {
  if (!map.getSource(SOURCE_PROXIMITY)) {
    addEmptySource(map, SOURCE_PROXIMITY);
    const below = map.getLayer(LAYER_MISSION_HALO_FILL) ? LAYER_MISSION_HALO_FILL : undefined;
    for (const layer of PROXIMITY_LINE_LAYERS) map.addLayer(layer, below);
    for (const layer of PROXIMITY_LABEL_LAYERS) map.addLayer(layer);
  }
  const draw = rafThrottle(() => {
    const s = store.getState();
    const [strike, mission, distances, rings, unit, locale] = inputs(s);
    const i18n = i18nFor(locale);
    const features = strike
      ? strikeLinkFeatures(strike, distances, selectMissionsById(s), unit, i18n)
      : mission
        ? ringFeatures(mission, rings, unit, i18n)
        : [];
    setSourceData(map, SOURCE_PROXIMITY, collection(features));
  });
  const settle = debounce(() => draw(), RING_SETTLE_MS);
  const unsubscribe = store.subscribe(
    inputs,
    (now, before) => {
      const ringsOnly = now.every((v, i) => i === RINGS || v === before[i]);
      if (now !== before && ringsOnly) settle();
      else {
        settle.cancel();
        draw();
      }
    },
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]), fireImmediately: true },
  );
  return () => {
    unsubscribe();
    settle.cancel();
    draw.cancel();
  };
}
