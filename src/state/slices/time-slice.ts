import type { StateCreator } from "zustand";
import type { TimeWindow } from "@/domain/types";
import type { AppState } from "../store";

export interface TimeSlice {
  /** The selected closed-open window; every view follows it. */
  timeWindow: TimeWindow;
  /** A window read from the URL before data loaded; applied by setLoadedData. */
  timeWindowFromUrl: TimeWindow | undefined;
  setTimeWindow: (timeWindow: TimeWindow) => void;
}

export const createTimeSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  TimeSlice
> = (set) => ({
  timeWindow: { startMs: 0, endMs: 0 },
  timeWindowFromUrl: undefined,
  setTimeWindow: (timeWindow) => {
    if (!(timeWindow.endMs >= timeWindow.startMs)) return;
    set({ timeWindow });
  },
});
