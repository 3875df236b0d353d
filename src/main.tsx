import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "@/app/App";
import { enableOffline } from "@/app/offline";
import { BUNDLED_GEO_URLS } from "@/data/geo-urls";
import { basemapUrls } from "@/map/basemap-urls";
import { appStore } from "@/state/store";
import "./styles.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={appStore} />
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
