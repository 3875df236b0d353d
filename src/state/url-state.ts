import { isNoFilter, NO_FILTERS } from "@/analysis/strike-filter";
import { debounce } from "@/lib/debounce";
import { linkProblem } from "./link-problem";
import { selectMissionsById, selectStrikesById } from "./selectors";
import { DEFAULT_RING_RADII_M } from "./slices/proximity-slice";
import type { LinkProblem } from "./slices/view-slice";
import type { AppState, AppStore } from "./store";
import { encodeUrlState, parseUrlState, type UrlState } from "./url-codec";
import { resolveMeasureTokens } from "./url-measure";
import { pendingLinkWindow } from "./url-window";
import { WINDOW_REST_MS } from "./window-rest";

export { decodeUrlState, encodeUrlState, parseUrlState, type UrlState } from "./url-codec";
export { decodeMeasure, encodeMeasure, resolveMeasureTokens } from "./url-measure";

const sameRadii = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((r, i) => r === b[i]);

/**
 * Why a linked id is not on show: its imported layer is hidden, it names a layer imported in
 * another browser (imported ids are `layer:row`), or it is simply not in the data.
 */
export function missingReason(state: AppState, kind: string, id: string): LinkProblem {
  const values = { kind, id: id.slice(0, 60) };
  const layerId = id.includes(":") ? id.slice(0, id.indexOf(":")) : undefined;
  if (layerId !== undefined) {
    const layer = state.layers.find((l) => l.id === layerId);
    if (layer && !layer.visible)
      return linkProblem(kind, "linkProblem.hiddenLayer", { ...values, layer: layer.fileName });
    // The row's own id, not the layer's (random, meaningless to the reader).
    const row = id.slice(layerId.length + 1, layerId.length + 61);
    if (!layer) return linkProblem(kind, "linkProblem.otherBrowser", { ...values, row });
  }
  return linkProblem(kind, "linkProblem.notInData", values);
}

/** The link's parts that only the loaded data can use: ids, measure snaps and the window mode. */
function applyWithData(store: AppStore, url: UrlState): void {
  const state = store.getState();
  state.setWindowMode(url.mode ?? "moving");
  const late: LinkProblem[] = [];
  const failed = state.failedFiles ?? [];
  if (failed.length > 0) {
    // Ids cannot be checked against data that did not load: keep the link's parts, say why.
    const names = failed.join(", ");
    if (Object.values(url).some((v) => v !== undefined))
      state.setLinkProblems([
        ...state.linkProblems,
        linkProblem("link", "linkProblem.keptUnchanged", { names }),
      ]);
    if (url.measure) state.setMeasurePoints(resolveMeasureTokens(state, url.measure));
    return;
  }
  const sel = url.selection;
  if (sel) {
    const byId = sel.kind === "strike" ? selectStrikesById(state) : selectMissionsById(state);
    if (!byId.has(sel.id)) {
      late.push(missingReason(state, sel.kind, sel.id));
      const now = state.selection;
      if (now?.kind === sel.kind && now.id === sel.id) state.select(null, "url");
    }
  }
  if (url.measure) {
    const points = resolveMeasureTokens(state, url.measure);
    const missing = url.measure.length - points.length;
    if (missing > 0)
      late.push(linkProblem("measure", "linkProblem.refsMissing", { count: missing }));
    state.setMeasurePoints(points);
  }
  if (url.version && state.datasetVersion && url.version !== state.datasetVersion)
    late.push(
      linkProblem("v", "linkProblem.versionDiffers", {
        linked: url.version.slice(0, 20),
        current: state.datasetVersion,
      }),
    );
  const near = url.filters?.near;
  if (near && !selectMissionsById(state).has(near.missionId))
    late.push(linkProblem("near", "linkProblem.noSite", { id: near.missionId.slice(0, 60) }));
  if (late.length > 0) state.setLinkProblems([...store.getState().linkProblems, ...late]);
}

/**
 * The link's view: the camera is requested from the map; an online basemap is only offered (it
 * would contact a third party, which the reader must choose), the embedded one is applied.
 */
function applyView(store: AppStore, url: UrlState): void {
  const state = store.getState();
  if (url.camera) state.requestCamera(url.camera);
  if (url.basemap && state.basemap.kind !== url.basemap) state.setBasemapOffer(url.basemap);
}

/** The state a link should carry now (defaults left out). */
export function urlStateOf(s: AppState): UrlState {
  return {
    timeWindow: s.timeWindow,
    selection: s.selection ?? undefined,
    measure: s.measurePoints,
    units: s.distanceUnit === "imperial" ? "imperial" : undefined,
    zone: s.zoneMode === "kyiv" ? undefined : s.zoneMode,
    mode: s.windowMode === "moving" ? undefined : s.windowMode,
    rings: sameRadii(s.ringRadiiM, DEFAULT_RING_RADII_M) ? undefined : s.ringRadiiM,
    filters: isNoFilter(s.filters) ? undefined : s.filters,
    version: s.datasetVersion,
    brief: s.briefMode || undefined,
    camera: s.camera,
    basemap:
      s.basemap.kind === "streets" || s.basemap.kind === "satellite" ? s.basemap.kind : undefined,
    lang: s.locale === "en" ? undefined : s.locale,
  };
}

/** The permalink for the current state (what the address bar will hold). */
export function permalinkOf(s: AppState, win: Window = window): string {
  return `${win.location.origin}${win.location.pathname}${win.location.search}${encodeUrlState(urlStateOf(s))}`;
}

/**
 * The link is written this long after the last change it holds (one write per burst of changes):
 * the window's rest, so that a scrub writes the link once it stops, not between steps of a slow
 * drag (`replaceState` and encoding cost ~2 ms each).
 */
export const LINK_WRITE_DELAY_MS = WINDOW_REST_MS;

/**
 * Restores state from `location.hash` and keeps the hash in step with the store (replaceState, so
 * scrubbing does not flood history). Parts of the link that cannot be used are left out and listed
 * in the store's `linkProblems` (ids once the data has loaded). Returns an unsubscribe.
 */
export function bindUrlState(store: AppStore, win: Window = window): () => void {
  let stopWaiting: (() => void) | undefined;
  /** Runs `run` once the data is ready (now, if it is); a newer call replaces a waiting one. */
  const whenReady = (run: () => void) => {
    stopWaiting?.();
    stopWaiting = undefined;
    // Imported layers saved in this browser are read back first: a link may name their records.
    const ready = (s: AppState) => s.dataStatus === "ready" && s.layersStatus !== "loading";
    if (ready(store.getState())) return run();
    stopWaiting = store.subscribe(ready, (isReady) => {
      if (!isReady) return;
      stopWaiting?.();
      stopWaiting = undefined;
      run();
    });
  };
  const apply = () => {
    const { state: url, problems } = parseUrlState(win.location.hash);
    const state = store.getState();
    state.setLinkProblems(problems);
    state.setDistanceUnit(url.units ?? "metric");
    state.setZoneMode(url.zone ?? "kyiv");
    state.setRingRadii(url.rings ?? DEFAULT_RING_RADII_M);
    state.setFilters(url.filters ?? NO_FILTERS);
    state.setBriefMode(url.brief === true);
    // A new link's window (or none) replaces any still waiting; applied now if the data is in,
    // else once it is (setLoadedData, setLayersStatus).
    store.setState({ timeWindowFromUrl: url.timeWindow, timeWindowProvisional: undefined });
    if (url.timeWindow) store.setState(pendingLinkWindow(store.getState()));
    if (url.selection) state.select(url.selection, "url");
    if (url.lang) void state.requestLocale(url.lang);
    applyView(store, url);
    whenReady(() => applyWithData(store, url));
  };
  apply();
  const write = debounce(() => {
    const s = store.getState();
    // A failed load keeps the link exactly as it came: nothing in it could be checked. Nor is a
    // window still waiting for saved layers written back cut to the built-in data.
    if (s.dataStatus !== "ready" || (s.failedFiles?.length ?? 0) > 0) return;
    if (s.timeWindowFromUrl) return;
    const hash = encodeUrlState(urlStateOf(s));
    if (hash !== win.location.hash) {
      win.history.replaceState(null, "", `${win.location.pathname}${win.location.search}${hash}`);
    }
  }, LINK_WRITE_DELAY_MS);
  const unsubscribe = store.subscribe(
    (s) =>
      [
        s.timeWindow,
        s.timeWindowFromUrl,
        s.selection,
        s.dataStatus,
        s.measurePoints,
        s.distanceUnit,
        s.zoneMode,
        s.windowMode,
        s.ringRadiiM,
        s.filters,
        s.briefMode,
        s.camera,
        s.basemap,
        s.locale,
      ] as const,
    write,
    { equalityFn: (a, b) => a.every((value, i) => value === b[i]) },
  );
  win.addEventListener("hashchange", apply);
  return () => {
    unsubscribe();
    stopWaiting?.();
    write.cancel();
    win.removeEventListener("hashchange", apply);
  };
}
