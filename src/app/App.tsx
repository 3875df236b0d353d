import { useCallback, useEffect } from "react";
import { geodesicCircle } from "@/analysis/geodesic";
import { geoUrlsFromQuery } from "@/data/geo-urls";
import { loadGeo } from "@/data/load-geo";
import { WEAPON_SYMBOLS } from "@/domain/symbols";
import type { LngLat, WeaponClass } from "@/domain/types";
import { captureMapImage } from "@/map/capture";
import { MapView } from "@/map/MapView";
import { exportMetaOf } from "@/state/export-selectors";
import type { AppStore } from "@/state/store";
import { bindUrlState, permalinkOf } from "@/state/url-state";
import { BriefPage } from "@/ui/brief/BriefPage";
import { DataIssues } from "@/ui/DataIssues";
import { DetailsPanel } from "@/ui/DetailsPanel";
import { Header } from "@/ui/Header";
import { ItemList } from "@/ui/ItemList";
import { Legend } from "@/ui/Legend";
import { LinkNotice } from "@/ui/LinkNotice";
import { MapStatus } from "@/ui/MapStatus";
import { MapImageContext } from "@/ui/map-image-context";
import { MeasureToolbar } from "@/ui/measure/MeasureToolbar";
import { ClusterPanel } from "@/ui/mission/ClusterPanel";
import { PanelTabs } from "@/ui/PanelTabs";
import { StoreProvider, useAppStore } from "@/ui/store-context";
import { Timeline } from "@/ui/timeline/Timeline";

const HALO_STEPS = 64;
const ring = (center: LngLat, radiusM: number): LngLat[] =>
  geodesicCircle(center, radiusM, HALO_STEPS);

function Layout({ store }: { store: AppStore }) {
  const brief = useAppStore((s) => s.briefMode);
  return brief ? (
    <>
      <LinkNotice />
      <BriefPage />
    </>
  ) : (
    <MapLayout store={store} />
  );
}

function MapLayout({ store }: { store: AppStore }) {
  const tab = useAppStore((s) => s.panelTab);
  const mapStatus = useAppStore((s) => s.mapStatus);
  return (
    <div className="app" data-tab={tab}>
      <nav className="skip-links" aria-label="Skip links">
        <a href="#list-panel">Skip to the list</a>
        <a href="#timeline-body">Skip to the timeline</a>
      </nav>
      <Header />
      <DataIssues />
      <LinkNotice />
      <main className="app-main" tabIndex={-1}>
        <section
          className="map-region"
          aria-label="Map"
          aria-busy={mapStatus === "loading" || mapStatus === "restoring"}
        >
          <MapView store={store} ring={ring} />
          <MapStatus />
          <MeasureToolbar>
            <ClusterPanel />
          </MeasureToolbar>
        </section>
        <aside className="side-panel" aria-label="Strikes and missions">
          <section className="panel-list" aria-label="List" id="list-panel" tabIndex={-1}>
            <ItemList />
            <Legend />
          </section>
          <section className="panel-details" aria-label="Details">
            <DetailsPanel />
          </section>
        </aside>
      </main>
      <Timeline />
      <PanelTabs />
    </div>
  );
}

/** The application shell: starts data loading and lays out map, list and details. */
export function App({ store }: { store: AppStore }) {
  useEffect(() => bindUrlState(store), [store]);
  useEffect(() => {
    const { setDataStatus, setLoadedData } = store.getState();
    setDataStatus("loading");
    let cancelled = false;
    loadGeo(geoUrlsFromQuery(window.location.search, window.location.href)).then((data) => {
      if (!cancelled) setLoadedData(data);
    });
    return () => {
      cancelled = true;
    };
  }, [store]);
  const saveImage = useCallback(
    (scale: 1 | 2) => {
      const s = store.getState();
      const meta = exportMetaOf(s, permalinkOf(s));
      const legend = (Object.keys(WEAPON_SYMBOLS) as WeaponClass[])
        .filter((c) => !s.filters.hiddenWeapons.includes(c))
        .map((c) => WEAPON_SYMBOLS[c]);
      return captureMapImage(
        scale,
        {
          title: meta.title,
          window: meta.window,
          filters: meta.filters,
          legend,
          datasetVersion: meta.datasetVersion,
          permalink: meta.permalink,
        },
        meta.licence,
      );
    },
    [store],
  );
  return (
    <StoreProvider store={store}>
      <MapImageContext.Provider value={saveImage}>
        <Layout store={store} />
      </MapImageContext.Provider>
    </StoreProvider>
  );
}
