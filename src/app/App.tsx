import { lazy, Suspense, useCallback, useEffect } from "react";
import { geodesicCircle } from "@/analysis/geodesic";
import { loadGeoOffThread } from "@/data/geo-load-client";
import { geoUrlsFromQuery } from "@/data/geo-urls";
import { openLayerStorage } from "@/data/layer-db";
import { recallMapping, rememberMapping } from "@/data/mapping-memory";
import { WEAPON_SYMBOLS } from "@/domain/symbols";
import type { LngLat, WeaponClass } from "@/domain/types";
import { MapView } from "@/map/MapView";
import { bindBasemapStorage } from "@/state/basemap-persist";
import { exportMetaOf, licenceOf } from "@/state/export-selectors";
import { bindLayerStorage } from "@/state/layer-persistence";
import { bindLocale } from "@/state/locale-persist";
import type { AppStore } from "@/state/store";
import { bindUrlState, permalinkOf } from "@/state/url-state";
import { Announcer } from "@/ui/a11y/Announcer";
import { MapNavigator } from "@/ui/a11y/MapNavigator";
import { StatusAnnouncements } from "@/ui/a11y/StatusAnnouncements";
import { BasemapSwitcher } from "@/ui/BasemapSwitcher";
import { DataIssues } from "@/ui/DataIssues";
import { DetailsHint } from "@/ui/DetailsHint";
import { Header } from "@/ui/Header";
import { ItemList } from "@/ui/ItemList";
import { ImportDropZone } from "@/ui/import/ImportDropZone";
import { ImportHost } from "@/ui/import/ImportHost";
import { LayersPanel } from "@/ui/import/LayersPanel";
import { Legend } from "@/ui/Legend";
import { LinkNotice } from "@/ui/LinkNotice";
import { MapStatus } from "@/ui/MapStatus";
import { MapImageContext, SiteSnapshotContext } from "@/ui/map-image-context";
import { MeasureToolbar } from "@/ui/measure/MeasureToolbar";
import { ClusterPanel } from "@/ui/mission/ClusterPanel";
import { PanelTabs } from "@/ui/PanelTabs";
import { DataSourceBanner } from "@/ui/robust/DataSourceBanner";
import { RegionBoundary } from "@/ui/robust/RegionBoundary";
import { SkipLinks } from "@/ui/SkipLinks";
import { StackList } from "@/ui/StackList";
import { SidePanelSheet } from "@/ui/sheet/SidePanelSheet";
import { StoreProvider, useAppStore } from "@/ui/store-context";
import { Timeline } from "@/ui/timeline/Timeline";
import { useI18n } from "@/ui/use-i18n";
import { STRIKE_CODEC } from "./layer-codec";

// Not needed for the first paint: their code loads when first shown (brief mode, a selection).
const BriefPage = lazy(() =>
  import("@/ui/brief/BriefPage").then((m) => ({ default: m.BriefPage })),
);
const DetailsPanel = lazy(() =>
  import("@/ui/DetailsPanel").then((m) => ({ default: m.DetailsPanel })),
);

const HALO_STEPS = 64;
/** Column mappings chosen in the import dialog, remembered per header signature (localStorage). */
const mappingMemory = { recall: recallMapping, remember: rememberMapping };
const ring = (center: LngLat, radiusM: number): LngLat[] =>
  geodesicCircle(center, radiusM, HALO_STEPS);

/** The link keys each region reads: its error boundary offers to reload without them. */
const NO_KEYS: readonly string[] = [];
const MAP_KEYS = ["measure", "rings"] as const;
const PANEL_KEYS = ["strike", "mission"] as const;
const TIMELINE_KEYS = ["from", "to", "mode", "tz"] as const;

function Layout({ store }: { store: AppStore }) {
  const brief = useAppStore((s) => s.briefMode);
  const { t } = useI18n();
  useEffect(() => {
    document.title = t("app.title");
  }, [t]);
  return brief ? (
    <>
      <LinkNotice />
      <Suspense fallback={null}>
        <BriefPage />
      </Suspense>
      {/* Off screen: draws the brief's map snapshot (basemap, strikes, rings), then idles. */}
      <div className="brief-map-host no-print" aria-hidden="true">
        <MapView store={store} ring={ring} snapshot />
      </div>
    </>
  ) : (
    <MapLayout store={store} />
  );
}

/** The details panel once something is selected; until then only its hint (no panel code). */
function Details() {
  const selected = useAppStore((s) => s.selection !== null);
  if (!selected) return <DetailsHint />;
  return (
    <Suspense fallback={<DetailsHint />}>
      <DetailsPanel />
    </Suspense>
  );
}

function MapLayout({ store }: { store: AppStore }) {
  const tab = useAppStore((s) => s.panelTab);
  const mapStatus = useAppStore((s) => s.mapStatus);
  const overlaySide = useAppStore((s) => s.overlaySide);
  const { t } = useI18n();
  return (
    <div className="app" data-tab={tab}>
      <SkipLinks />
      <RegionBoundary region="region.header" linkKeys={NO_KEYS}>
        <Header />
      </RegionBoundary>
      <DataSourceBanner />
      <DataIssues />
      <LinkNotice />
      <main className="app-main" tabIndex={-1}>
        <section
          className="map-region"
          aria-label={t("shell.mapRegion")}
          data-overlays={overlaySide}
          aria-busy={mapStatus === "loading" || mapStatus === "restoring"}
        >
          <RegionBoundary region="region.map" linkKeys={MAP_KEYS}>
            <MapView store={store} ring={ring} />
            <MapNavigator />
            <MapStatus />
            <BasemapSwitcher />
            <StackList />
            <MeasureToolbar>
              <ClusterPanel />
            </MeasureToolbar>
          </RegionBoundary>
        </section>
        <SidePanelSheet label={t("shell.sidePanel")}>
          <RegionBoundary region="region.panel" linkKeys={PANEL_KEYS}>
            <section
              className="panel-list"
              aria-label={t("shell.listRegion")}
              id="list-panel"
              tabIndex={-1}
            >
              <ItemList />
              <Legend />
              <LayersPanel />
            </section>
            <section className="panel-details" aria-label={t("shell.detailsRegion")}>
              <Details />
            </section>
          </RegionBoundary>
        </SidePanelSheet>
      </main>
      <RegionBoundary region="region.timeline" linkKeys={TIMELINE_KEYS}>
        <Timeline />
      </RegionBoundary>
      <PanelTabs />
      <ImportHost memory={mappingMemory} />
      <ImportDropZone />
      <Announcer />
      <StatusAnnouncements />
    </div>
  );
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

type GeoData = ReturnType<typeof loadGeoOffThread>;

/**
 * The application shell: lays out map, list and details and hands the data to the store —
 * `geoData` when the page started loading it before rendering, else it starts loading here.
 */
export function App({ store, geoData }: { store: AppStore; geoData?: GeoData }) {
  // The language first: a link's own `lang=` (applied by the URL binding next) wins over it.
  useEffect(
    () =>
      bindLocale(store, {
        storage: safeLocalStorage(),
        languages: navigator.languages ?? [navigator.language],
        root: document.documentElement,
      }),
    [store],
  );
  useEffect(() => bindUrlState(store), [store]);
  // Imported layers saved in this browser come back; failures are reported, never fatal.
  useEffect(() => bindLayerStorage(store, openLayerStorage(undefined, STRIKE_CODEC)), [store]);
  useEffect(() => bindBasemapStorage(store, safeLocalStorage()), [store]);
  useEffect(() => {
    const { setDataStatus, setLoadedData } = store.getState();
    setDataStatus("loading");
    let cancelled = false;
    (
      geoData ?? loadGeoOffThread(geoUrlsFromQuery(window.location.search, window.location.href))
    ).then((data) => {
      if (!cancelled) setLoadedData(data);
    });
    return () => {
      cancelled = true;
    };
  }, [store, geoData]);
  // The capture code (caption, snapshot) is fetched with the first image, not in the first script.
  const saveImage = useCallback(
    async (scale: 1 | 2) => {
      const s = store.getState();
      const meta = exportMetaOf(s, permalinkOf(s));
      const legend = (Object.keys(WEAPON_SYMBOLS) as WeaponClass[])
        .filter((c) => !s.filters.hiddenWeapons.includes(c))
        .map((c) => WEAPON_SYMBOLS[c]);
      const { captureMapImage } = await import("@/map/capture");
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
        licenceOf(s, "image"),
      );
    },
    [store],
  );
  const siteSnapshot = useCallback(
    async (center: LngLat, radiusM: number) => {
      const s = store.getState();
      const { captureSiteSnapshot } = await import("@/map/site-snapshot");
      return captureSiteSnapshot(center, radiusM, licenceOf(s, "image"));
    },
    [store],
  );
  return (
    <StoreProvider store={store}>
      <MapImageContext.Provider value={saveImage}>
        <SiteSnapshotContext.Provider value={siteSnapshot}>
          <Layout store={store} />
        </SiteSnapshotContext.Provider>
      </MapImageContext.Provider>
    </StoreProvider>
  );
}
