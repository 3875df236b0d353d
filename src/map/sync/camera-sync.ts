import type { Map as MaplibreMap } from "maplibre-gl";
import type { AppStore } from "@/state/store";

/**
 * Reports the camera to the store after every move (for the link) and jumps to a camera the store
 * requests (a shared link's `map=`). MapLibre clamps the request to its zoom range and max bounds.
 */
export function syncCamera(map: MaplibreMap, store: AppStore): () => void {
  const report = () => {
    const { lng, lat } = map.getCenter();
    store
      .getState()
      .setCamera({ center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing() });
  };
  map.on("moveend", report);
  const unsubscribe = store.subscribe(
    (s) => s.cameraRequest,
    (request) => {
      if (!request) return;
      store.getState().requestCamera(undefined);
      map.jumpTo({
        center: [request.center[0], request.center[1]],
        zoom: request.zoom,
        bearing: request.bearing,
      });
    },
    { fireImmediately: true },
  );
  return () => {
    map.off("moveend", report);
    unsubscribe();
  };
}
