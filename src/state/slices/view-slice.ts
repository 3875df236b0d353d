import type { StateCreator } from "zustand";
import type { MessageKey, MessageValues } from "@/i18n/translator";
import type { DistanceUnit } from "@/lib/format";
import type { OverlaySide } from "@/lib/overlay-side";
import type { AppState } from "../store";

/** "restoring": the WebGL context was lost and the map is redrawing (see mapMessage). */
export type MapStatus = "loading" | "ready" | "restoring" | "no-webgl" | "error";
export type ZoneMode = "kyiv" | "utc" | "local";
export type PanelTab = "list" | "details" | "map";

/**
 * One part of a shared link that could not be used: `part` is its key ("from"), `reason` why (in
 * English), `message` the catalogue id and values that word it in the interface language.
 */
export interface LinkProblem {
  readonly part: string;
  readonly reason: string;
  readonly message?:
    | { readonly key: MessageKey; readonly values?: MessageValues | undefined }
    | undefined;
}
const NO_LINK_PROBLEMS: readonly LinkProblem[] = [];

/** State of the map widget and of display preferences, written by map/ and ui/, read by both. */
export interface ViewSlice {
  mapStatus: MapStatus;
  mapMessage: string | undefined;
  mapZoom: number;
  /** True when zoomed past the detail the embedded basemap has (set by map/). */
  beyondBasemapDetail: boolean;
  distanceUnit: DistanceUnit;
  zoneMode: ZoneMode;
  panelTab: PanelTab;
  /** What the last shared link (location.hash) had that could not be used; shown until dismissed. */
  linkProblems: readonly LinkProblem[];
  /** Map edge of the measure readout and status chip, chosen by map/ to keep measured points clear. */
  overlaySide: OverlaySide;
  setOverlaySide: (overlaySide: OverlaySide) => void;
  /** The page shows the printable brief of the selected site instead of the map. */
  briefMode: boolean;
  setBriefMode: (briefMode: boolean) => void;
  setMapStatus: (mapStatus: MapStatus, mapMessage?: string) => void;
  setMapZoom: (mapZoom: number, beyondBasemapDetail: boolean) => void;
  setDistanceUnit: (distanceUnit: DistanceUnit) => void;
  setZoneMode: (zoneMode: ZoneMode) => void;
  setPanelTab: (panelTab: PanelTab) => void;
  /** Replaces the link problems (an empty list dismisses the notice). */
  setLinkProblems: (problems: readonly LinkProblem[]) => void;
}

export const createViewSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  ViewSlice
> = (set) => ({
  mapStatus: "loading",
  mapMessage: undefined,
  mapZoom: 0,
  beyondBasemapDetail: false,
  distanceUnit: "metric",
  zoneMode: "kyiv",
  panelTab: "list",
  linkProblems: NO_LINK_PROBLEMS,
  briefMode: false,
  overlaySide: "top",
  setOverlaySide: (overlaySide) => set({ overlaySide }),
  setBriefMode: (briefMode) => set({ briefMode }),
  setMapStatus: (mapStatus, mapMessage) => set({ mapStatus, mapMessage }),
  setMapZoom: (mapZoom, beyondBasemapDetail) => set({ mapZoom, beyondBasemapDetail }),
  setDistanceUnit: (distanceUnit) => set({ distanceUnit }),
  setZoneMode: (zoneMode) => set({ zoneMode }),
  setPanelTab: (panelTab) => set({ panelTab }),
  setLinkProblems: (problems) =>
    set({ linkProblems: problems.length === 0 ? NO_LINK_PROBLEMS : problems }),
});
