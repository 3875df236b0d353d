import type { StateCreator } from "zustand";
import type { DistanceUnit } from "@/lib/format";
import type { AppState } from "../store";

export type MapStatus = "loading" | "ready" | "no-webgl" | "error";
export type ZoneMode = "kyiv" | "utc" | "local";
export type PanelTab = "list" | "details" | "map";

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
  setMapStatus: (mapStatus: MapStatus, mapMessage?: string) => void;
  setMapZoom: (mapZoom: number, beyondBasemapDetail: boolean) => void;
  setDistanceUnit: (distanceUnit: DistanceUnit) => void;
  setZoneMode: (zoneMode: ZoneMode) => void;
  setPanelTab: (panelTab: PanelTab) => void;
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
  setMapStatus: (mapStatus, mapMessage) => set({ mapStatus, mapMessage }),
  setMapZoom: (mapZoom, beyondBasemapDetail) => set({ mapZoom, beyondBasemapDetail }),
  setDistanceUnit: (distanceUnit) => set({ distanceUnit }),
  setZoneMode: (zoneMode) => set({ zoneMode }),
  setPanelTab: (panelTab) => set({ panelTab }),
});
