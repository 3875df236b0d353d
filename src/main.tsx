import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "@/app/App";
import { enableOffline } from "@/app/offline";
import { loadGeoOffThread } from "@/data/geo-load-client";
import { BUNDLED_GEO_URLS, geoUrlsFromQuery } from "@/data/geo-urls";
import { basemapUrls } from "@/map/basemap-urls";
import { prewarmMap } from "@/map/prewarm";
import { appStore } from "@/state/store";
import "./styles.css";

// Both start before React's first render, so they overlap it: the data (fetched, parsed and
// checked in a worker) and MapLibre's own workers.
const geoData = loadGeoOffThread(geoUrlsFromQuery(window.location.search, window.location.href));
prewarmMap();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={appStore} geoData={geoData} />
    </StrictMode>,
  );
}

const mapSettled = new Promise<void>((resolve) => {
  const unsubscribe = appStore.subscribe(
    (s) => s.mapStatus,
    (status) => {
      if (status === "loading") return;
      unsubscribe();
      resolve();
    },
    { fireImmediately: true },
  );
});
const basemap = basemapUrls();
enableOffline(mapSettled, [
  ...Object.values(basemap.data),
  ...Object.values(basemap.fonts),
  ...Object.values(BUNDLED_GEO_URLS).map((file) => file.url),
]);
