import { subscribeWithSelector } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { createWorkerClusterRunner } from "./cluster-runner";
import { type BasemapSlice, createBasemapSlice } from "./slices/basemap-slice";
import { createDataSlice, type DataSlice } from "./slices/data-slice";
import { createFilterSlice, type FilterSlice } from "./slices/filter-slice";
import { createLayersSlice, type LayersSlice } from "./slices/layers-slice";
import { createLocaleSlice, type LocaleSlice } from "./slices/locale-slice";
import { createNavigatorSlice, type NavigatorSlice } from "./slices/navigator-slice";
import {
  type ClusterRunner,
  createProximitySlice,
  type ProximitySlice,
} from "./slices/proximity-slice";
import { createSelectionSlice, type SelectionSlice } from "./slices/selection-slice";
import { createTimeSlice, type TimeSlice } from "./slices/time-slice";
import { createToolSlice, type ToolSlice } from "./slices/tool-slice";
import { createViewSlice, type ViewSlice } from "./slices/view-slice";

export type AppState = DataSlice &
  TimeSlice &
  SelectionSlice &
  ViewSlice &
  ToolSlice &
  ProximitySlice &
  LayersSlice &
  FilterSlice &
  BasemapSlice &
  NavigatorSlice &
  LocaleSlice;

export interface StoreOptions {
  /** Computes clusters; defaults to the analysis worker (created on first use). */
  readonly clusterRunner?: ClusterRunner;
}

/** Builds a fresh store; tests make one each, the app uses `appStore`. */
export const createAppStore = (options: StoreOptions = {}) =>
  createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(...a),
      ...createTimeSlice(...a),
      ...createSelectionSlice(...a),
      ...createViewSlice(...a),
      ...createToolSlice(...a),
      ...createFilterSlice(...a),
      ...createProximitySlice(options.clusterRunner ?? createWorkerClusterRunner())(...a),
      ...createLayersSlice(...a),
      ...createBasemapSlice(...a),
      ...createNavigatorSlice(...a),
      ...createLocaleSlice(...a),
    })),
  );

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore: AppStore = createAppStore();
