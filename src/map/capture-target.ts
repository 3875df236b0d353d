/**
 * The live map that image exports draw from. Apart from ./capture (fetched with the first export)
 * so that mount-map can register the map without the capture and caption code in the first script.
 */
import type { Map as MaplibreMap } from "maplibre-gl";

let current: MaplibreMap | undefined;

/** mount-map registers the live map here (and clears it on teardown). */
export function setCaptureMap(map: MaplibreMap | undefined): void {
  current = map;
}

/** The map registered by mount-map, if any. */
export const captureMap = (): MaplibreMap | undefined => current;
