import { useEffect } from "react";
import { geodesicCircle } from "@/analysis/geodesic";
import { geoUrlsFromQuery } from "@/data/geo-urls";
import { loadGeo } from "@/data/load-geo";
import type { LngLat } from "@/domain/types";
import { MapView } from "@/map/MapView";
import type { AppStore } from "@/state/store";
import { bindUrlState } from "@/state/url-state";
import { DataIssues } from "@/ui/DataIssues";
import { DetailsPanel } from "@/ui/DetailsPanel";
import { Header } from "@/ui/Header";
import { ItemList } from "@/ui/ItemList";
import { Legend } from "@/ui/Legend";
import { LinkNotice } from "@/ui/LinkNotice";
import { MapStatus } from "@/ui/MapStatus";
import { MeasureToolbar } from "@/ui/measure/MeasureToolbar";
import { ClusterPanel } from "@/ui/mission/ClusterPanel";
import { PanelTabs } from "@/ui/PanelTabs";
import { SkipLinks } from "@/ui/SkipLinks";
import { StoreProvider, useAppStore } from "@/ui/store-context";
import { Timeline } from "@/ui/timeline/Timeline";

const HALO_STEPS = 64;
const ring = (center: LngLat, radiusM: number): LngLat[] =>
  geodesicCircle(center, radiusM, HALO_STEPS);

function Layout({ store }: { store: AppStore }) {
  const tab = useAppStore((s) => s.panelTab);
  const mapStatus = useAppStore((s) => s.mapStatus);
  return (
    <div className="app" data-tab={tab}>
      <SkipLinks />
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
  return (
    <StoreProvider store={store}>
      <Layout store={store} />
    </StoreProvider>
  );
}
