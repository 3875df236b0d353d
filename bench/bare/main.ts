// Baseline for `npm run bench:startup`: MapLibre alone with the same embedded basemap, no app code.
import { Map as MaplibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { createBasemapStyle } from "@/map/basemap-style";
import { basemapUrls } from "@/map/basemap-urls";
import { UKRAINE_BOUNDS } from "@/map/view";

setWorkerUrl(workerUrl);
const map = new MaplibreMap({
  container: "map",
  style: createBasemapStyle({ urls: basemapUrls() }),
  bounds: UKRAINE_BOUNDS,
  fitBoundsOptions: { padding: 16 },
});
map.once("idle", () => performance.mark("bench:idle"));
