import {
  AttributionControl,
  type GeoJSONSourceSpecification,
  GPUInitializationError,
  Map as MaplibreMap,
} from "maplibre-gl";
import { MAP_MAX_BOUNDS } from "@/domain/map-extent";
import { i18nFor } from "@/i18n/catalog";
import type { AppStore } from "@/state/store";
import { bindAddSite } from "./add-site";
import { BASEMAP_ATTRIBUTION, BASEMAP_MAX_DETAIL_ZOOM, createBasemapStyle } from "./basemap-style";
import { syncBasemap } from "./basemap-switch";
import { basemapUrls } from "./basemap-urls";
import { setCaptureMap } from "./capture-target";
import type { RingBuilder } from "./features";
import { addSymbolImages } from "./icons";
import * as ids from "./ids";
import { bindInteractions } from "./interactions";
import { bindLabelObstacles } from "./label-obstacles";
import { APP_LAYERS } from "./layers";
import { bindMapControls, mapUiStrings } from "./map-controls";
import { bindMeasureTool } from "./measure/measure-tool";
import { bindOverlayPlacement } from "./measure/overlay-placement";
import { setBundledWorkerUrl } from "./prewarm";
import { inStreetTiles } from "./street-tiles";
import { bindContextStatus } from "./strike-gl/context-status";
import { syncCamera } from "./sync/camera-sync";
import { syncClusters } from "./sync/clusters-sync";
import { syncMissions } from "./sync/missions-sync";
import { syncNavFocus } from "./sync/nav-focus-sync";
import { syncProximity } from "./sync/proximity-sync";
import { syncSelection } from "./sync/selection-sync";
import { syncStacks } from "./sync/stacks-sync";
import { syncStrikes } from "./sync/strikes-sync";
import { UKRAINE_BOUNDS } from "./view";

const EMPTY: GeoJSONSourceSpecification = {
  type: "geojson",
  data: { type: "FeatureCollection", features: [] },
};

declare global {
  interface Window {
    /** Test and benchmark hook: the live map and store. */
    __nearmiss?: { map: MaplibreMap; store: AppStore };
  }
}

/**
 * Creates the MapLibre map inside `container`, adds the app's sources and layers once, and wires
 * store → map syncs (`snapshot`: only what a brief's map image shows, no input, no camera
 * link). Returns a teardown. Reports its state through the store (`mapStatus`).
 */
export function mountMap(
  container: HTMLElement,
  store: AppStore,
  ring: RingBuilder,
  snapshot = false,
): () => void {
  const { setMapStatus } = store.getState();
  const { t } = i18nFor(store.getState().locale);
  // MapLibre 6 needs WebGL2. No probe context first (a throwaway context costs 20 ms of start in
  // software GL): the map's own context request answers, and a failure leaves only the message.
  if (typeof WebGL2RenderingContext === "undefined") {
    setMapStatus("no-webgl", t("map.noWebgl"));
    return () => {};
  }
  setBundledWorkerUrl();
  let map: MaplibreMap;
  try {
    map = new MaplibreMap({
      container,
      style: createBasemapStyle({ urls: basemapUrls() }),
      bounds: UKRAINE_BOUNDS,
      fitBoundsOptions: { padding: 16 },
      maxZoom: 19,
      // Beyond these the embedded basemap has no data; keep the view where it draws something.
      // Phones need to zoom out further to fit Ukraine's width.
      minZoom: container.clientWidth < 640 ? 3.6 : 4.5,
      maxBounds: [
        [MAP_MAX_BOUNDS.minLng, MAP_MAX_BOUNDS.minLat],
        [MAP_MAX_BOUNDS.maxLng, MAP_MAX_BOUNDS.maxLat],
      ],
      attributionControl: false,
      locale: mapUiStrings(i18nFor(store.getState().locale)),
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // No label cross-fades: each fade is extra full frames, which in software GL delay the next
      // time-slider frame (see scripts/bench-browser/NOTES.md). At 0 MapLibre places the labels
      // on every frame; at the country view that is ~1 ms a frame, the same as with a 1 ms fade
      // (measured twice, sessions 7 and 9), so 0 stays.
      fadeDuration: 0,
      // A brief's hidden snapshot map: no input, and its camera never reaches the link.
      interactive: !snapshot,
    });
  } catch (error) {
    container.replaceChildren();
    if (error instanceof GPUInitializationError) setMapStatus("no-webgl", t("map.noWebgl"));
    else setMapStatus("error", t("map.couldNotStart", { error: String(error) }));
    return () => {};
  }
  map.touchZoomRotate.disableRotation();
  const unbindControls = bindMapControls(map, store);
  map.addControl(new AttributionControl({ compact: true, customAttribution: BASEMAP_ATTRIBUTION }));
  window.__nearmiss = { map, store };
  setCaptureMap(map);

  const teardown: Array<() => void> = [bindContextStatus(map, store)];
  map.once("load", () => {
    // On phones the expanded attribution would cover the map; it stays one tap away behind (i).
    if (container.clientWidth < 640) {
      container
        .querySelector(".maplibregl-compact-show")
        ?.classList.remove("maplibregl-compact-show");
    }
  });
  // The app's sources and layers go in as soon as the style is parsed, not after the basemap's
  // first tiles have loaded ("load"): their data and first frames overlap the basemap's (≈350 ms
  // sooner to ready, measured with `npm run bench:startup`). Once: after a lost WebGL context
  // MapLibre rebuilds the style itself (see strike-gl/context-recovery.ts).
  map.once("style.load", () => {
    addSymbolImages(map);
    for (const id of [ids.SOURCE_MISSION_HALOS, ids.SOURCE_MISSIONS, ids.SOURCE_STRIKES]) {
      map.addSource(id, EMPTY);
    }
    for (const layer of APP_LAYERS) map.addLayer(layer);
    teardown.push(
      syncMissions(map, store, ring),
      syncStrikes(map, store),
      syncProximity(map, store),
      syncStacks(map, store),
      bindLabelObstacles(map, store),
      syncBasemap(map, store),
    );
    if (snapshot) return;
    teardown.push(
      syncSelection(map, store),
      bindInteractions(map, store),
      syncClusters(map, store),
      bindMeasureTool(map, store),
      bindOverlayPlacement(map, store),
      bindAddSite(map, store),
      syncCamera(map, store),
      syncNavFocus(map, store),
    );
  });
  const reportZoom = () => {
    const zoom = map.getZoom();
    const { lng, lat } = map.getCenter();
    // Inside Kyiv the bundled street tiles carry the detail the embedded basemap lacks.
    const embedded = store.getState().basemap.kind === "embedded";
    store
      .getState()
      .setMapZoom(zoom, embedded && zoom > BASEMAP_MAX_DETAIL_ZOOM && !inStreetTiles([lng, lat]));
  };
  map.on("moveend", reportZoom);
  map.on("idle", () => {
    const { dataStatus, mapStatus } = store.getState();
    if (
      mapStatus === "loading" &&
      map.loaded() &&
      (dataStatus === "ready" || dataStatus === "error")
    ) {
      performance.mark("nearmiss:ready");
      setMapStatus("ready");
    }
  });
  map.on("error", (e) => {
    // A chosen basemap's failures are handled by basemap-switch (back to the embedded map).
    const sourceId = (e as { sourceId?: unknown }).sourceId;
    if (typeof sourceId === "string" && sourceId.startsWith("ext-")) return;
    if (!map.loaded())
      setMapStatus(
        "error",
        i18nFor(store.getState().locale).t("map.failedToLoad", {
          error: e.error?.message ?? i18nFor(store.getState().locale).t("clusters.unknownError"),
        }),
      );
  });
  return () => {
    unbindControls();
    for (const fn of teardown) fn();
    setCaptureMap(undefined);
    map.remove();
    delete window.__nearmiss;
  };
}
