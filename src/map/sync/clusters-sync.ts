import type { FeatureCollection } from "geojson";
import { LngLatBounds, type Map as MaplibreMap, type MapMouseEvent } from "maplibre-gl";
import { debounce } from "@/lib/debounce";
import { rafThrottle } from "@/lib/raf-throttle";
import { selectSelectedCluster } from "@/state/proximity-selectors";
import { clusterKey } from "@/state/slices/proximity-slice";
import type { AppState, AppStore } from "@/state/store";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { clusterFeatures } from "../clusters/cluster-features";
import { CLUSTER_AREA_LAYERS, CLUSTER_BADGE_LAYERS } from "../clusters/cluster-layers";
import { CLUSTER_BADGE_HIT_LAYERS, SOURCE_CLUSTERS } from "../clusters/ids";
import { LAYER_MISSION_HALO_FILL } from "../ids";
import { LAYER_MEASURE_CASING } from "../measure/ids";
import { addEmptySource, setSourceData } from "./source-data";

/** How long the window must rest before its clusters are recomputed. */
const CLUSTER_SETTLE_MS = WINDOW_REST_MS;
const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const inputs = (s: AppState) =>
  [s.clusterResult, s.clustersVisible, s.selectedClusterId, s.strikes, s.clusterEpsM] as const;

/**
 * Draws the window's DBSCAN clusters (outline + count badge), asks the store for fresh clusters
 * when the window or settings change, and makes a badge click choose its cluster — which the
 * cluster panel then lists — and fits the map to it.
 */
export function syncClusters(map: MaplibreMap, store: AppStore): () => void {
  if (!map.getSource(SOURCE_CLUSTERS)) {
    addEmptySource(map, SOURCE_CLUSTERS);
    const below = map.getLayer(LAYER_MISSION_HALO_FILL) ? LAYER_MISSION_HALO_FILL : undefined;
    for (const layer of CLUSTER_AREA_LAYERS) map.addLayer(layer, below);
    const underMeasure = map.getLayer(LAYER_MEASURE_CASING) ? LAYER_MEASURE_CASING : undefined;
    for (const layer of CLUSTER_BADGE_LAYERS) map.addLayer(layer, underMeasure);
  }
  const draw = rafThrottle(() => {
    const s = store.getState();
    const data =
      s.clustersVisible && s.clusterResult
        ? clusterFeatures(s.clusterResult.clusters, s.clusterEpsM, s.selectedClusterId)
        : EMPTY;
    setSourceData(map, SOURCE_CLUSTERS, data);
  });
  const unsubDraw = store.subscribe(inputs, () => draw(), {
    equalityFn: (a, b) => a.every((v, i) => v === b[i]),
    fireImmediately: true,
  });
  // Clusters follow the window once it rests: recomputing them on every scrub step only queues
  // worker jobs and source reloads behind the frames that show the new window.
  // The first clustering waits for the map's first ready: the analysis worker (its script, its
  // copy of the data) then stays out of the start-up (`npm run bench:startup`).
  const mapStarted = () => store.getState().mapStatus !== "loading";
  const ensure = debounce(() => {
    if (mapStarted()) store.getState().ensureClusters();
  }, CLUSTER_SETTLE_MS);
  const unsubStarted = store.subscribe(
    mapStarted,
    (started) => {
      if (started) store.getState().ensureClusters();
    },
    { fireImmediately: true },
  );
  const unsubKey = store.subscribe(clusterKey, ensure);
  const unsubChosen = store.subscribe(
    (s) => s.selectedClusterId,
    () => {
      const chosen = selectSelectedCluster(store.getState());
      if (!chosen || chosen.strikes.length === 0) return;
      const bounds = new LngLatBounds();
      for (const s of chosen.strikes) bounds.extend([s.lngLat[0], s.lngLat[1]]);
      map.fitBounds(bounds, { padding: 80, maxZoom: 15, duration: 0 });
    },
  );
  const onClick = (e: MapMouseEvent) => {
    const layers = CLUSTER_BADGE_HIT_LAYERS.filter((id) => map.getLayer(id));
    if (store.getState().tool !== "pan" || layers.length === 0) return;
    const hit = map.queryRenderedFeatures(e.point, { layers })[0];
    const id = hit?.properties.clusterId;
    if (typeof id === "number") store.getState().selectCluster(id);
  };
  map.on("click", onClick);
  return () => {
    unsubDraw();
    unsubStarted();
    unsubKey();
    ensure.cancel();
    unsubChosen();
    draw.cancel();
    map.off("click", onClick);
  };
}
