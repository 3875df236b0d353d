import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import type { AppStore } from "@/state/store";
import {
  featureCollection,
  missionHaloFeatures,
  missionPointFeatures,
  type RingBuilder,
} from "../features";
import { SOURCE_MISSION_HALOS, SOURCE_MISSIONS } from "../ids";

/** Sends missions and their uncertainty halos to the map whenever the data set changes. */
export function syncMissions(map: MaplibreMap, store: AppStore, ring: RingBuilder): () => void {
  return store.subscribe(
    (s) => s.missions,
    (missions) => {
      map
        .getSource<GeoJSONSource>(SOURCE_MISSIONS)
        ?.setData(featureCollection(missionPointFeatures(missions)));
      map
        .getSource<GeoJSONSource>(SOURCE_MISSION_HALOS)
        ?.setData(featureCollection(missionHaloFeatures(missions, ring)));
    },
    { fireImmediately: true },
  );
}
