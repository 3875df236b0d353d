import type { Map as MaplibreMap } from "maplibre-gl";
import { i18nFor } from "@/i18n/catalog";
import type { MapStatus } from "@/state/slices/view-slice";
import type { AppStore } from "@/state/store";

/**
 * Tells the user, through the store's map status, that the WebGL context was lost and the map is
 * being redrawn ("restoring"), and puts the previous status back once the restored map is idle
 * and loaded. A map still loading goes back to "loading" (its own ready check then finishes it);
 * "no-webgl" and "error" are left alone. Returns an unbind.
 */
export function bindContextStatus(map: MaplibreMap, store: AppStore): () => void {
  let previous: MapStatus | undefined;
  const lost = () => {
    const { mapStatus, setMapStatus } = store.getState();
    if (mapStatus !== "ready" && mapStatus !== "loading") return;
    previous = mapStatus;
    setMapStatus("restoring", i18nFor(store.getState().locale).t("map.contextLost"));
  };
  const idle = () => {
    const { mapStatus, setMapStatus } = store.getState();
    if (mapStatus !== "restoring" || previous === undefined || !map.loaded()) return;
    setMapStatus(previous);
    // Another idle lets the map's own ready check (which only looks at "loading") run.
    if (previous === "loading") map.triggerRepaint();
    previous = undefined;
  };
  map.on("webglcontextlost", lost);
  map.on("idle", idle);
  return () => {
    map.off("webglcontextlost", lost);
    map.off("idle", idle);
  };
}
