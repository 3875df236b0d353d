import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import { i18nFor } from "@/i18n/catalog";
import type { AppStore } from "@/state/store";
import {
  featureCollection,
  missionHaloFeatures,
  missionPointFeatures,
  type RingBuilder,
} from "../features";
import { SOURCE_MISSION_HALOS, SOURCE_MISSIONS } from "../ids";

/**
 * Sends missions and their uncertainty halos to the map whenever the data set changes, and the
 * missions again (labels only) when the interface language changes.
 */
export function syncMissions(map: MaplibreMap, store: AppStore, ring: RingBuilder): () => void {
  const stopLabels = store.subscribe(
    (s) => [s.missions, s.locale] as const,
    ([missions, locale]) => {
      const { name } = i18nFor(locale);
      map
        .getSource<GeoJSONSource>(SOURCE_MISSIONS)
        ?.setData(featureCollection(missionPointFeatures(missions, name)));
    },
    { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  const stopHalos = store.subscribe(
    (s) => s.missions,
    (missions) => {
      map
        .getSource<GeoJSONSource>(SOURCE_MISSION_HALOS)
        ?.setData(featureCollection(missionHaloFeatures(missions, ring)));
    },
    { fireImmediately: true },
  );
  return () => {
    stopLabels();
    stopHalos();
  };
}
