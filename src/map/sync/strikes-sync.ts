import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import type { Strike } from "@/domain/types";
import { rafThrottle } from "@/lib/raf-throttle";
import { selectVisibleRange } from "@/state/selectors";
import type { AppStore } from "@/state/store";
import {
  createStrikeHaloCache,
  featureCollection,
  type RingBuilder,
  strikePointFeatures,
} from "../features";
import { SOURCE_STRIKE_HALOS, SOURCE_STRIKES } from "../ids";

/**
 * Keeps the strike sources showing exactly the time window: on each change (at most once per
 * animation frame) the window's slice of the time-sorted features is sent with `setData`.
 * Measured faster than a global-state filter or setFilter at 100k (see README, Performance).
 */
export function syncStrikes(map: MaplibreMap, store: AppStore, ring: RingBuilder): () => void {
  let builtFor: readonly Strike[] | undefined;
  let points: ReturnType<typeof strikePointFeatures> = [];
  const halo = createStrikeHaloCache(ring);

  const apply = rafThrottle(() => {
    const state = store.getState();
    if (state.strikes !== builtFor) {
      builtFor = state.strikes;
      points = strikePointFeatures(state.strikes);
    }
    const { lo, hi } = selectVisibleRange(state);
    const pointSource = map.getSource<GeoJSONSource>(SOURCE_STRIKES);
    const haloSource = map.getSource<GeoJSONSource>(SOURCE_STRIKE_HALOS);
    pointSource?.setData(featureCollection(points.slice(lo, hi)));
    haloSource?.setData(featureCollection(state.strikes.slice(lo, hi).map(halo)));
  });

  const unsubscribe = store.subscribe(selectVisibleRange, () => apply(), { fireImmediately: true });
  const unsubscribeData = store.subscribe((s) => s.strikes, () => apply());
  return () => {
    unsubscribe();
    unsubscribeData();
    apply.cancel();
  };
}
