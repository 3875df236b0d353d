import { subscribeWithSelector } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { createDataSlice, type DataSlice } from "./slices/data-slice";
import { createSelectionSlice, type SelectionSlice } from "./slices/selection-slice";
import { createTimeSlice, type TimeSlice } from "./slices/time-slice";
import { createViewSlice, type ViewSlice } from "./slices/view-slice";

export type AppState = DataSlice & TimeSlice & SelectionSlice & ViewSlice;

/** Builds a fresh store; tests make one each, the app uses `appStore`. */
export const createAppStore = () =>
  createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(...a),
      ...createTimeSlice(...a),
      ...createSelectionSlice(...a),
      ...createViewSlice(...a),
    })),
  );

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore: AppStore = createAppStore();
