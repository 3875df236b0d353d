import type { StateCreator } from "zustand";
import type { BoundsDeg } from "@/analysis/feature-nav";
import type { AppState } from "../store";
import type { Selection } from "./selection-slice";

/** A polite announcement; `seq` changes on every call so repeating the same words is heard again. */
export interface Announcement {
  readonly text: string;
  readonly seq: number;
}

/**
 * The keyboard map navigator: the map's visible bounds (reported by map/), the feature the
 * navigator points at (map/ draws a focus ring there) and the one polite announcement.
 */
export interface NavigatorSlice {
  mapBoundsDeg: BoundsDeg | undefined;
  navActive: Selection | null;
  announcement: Announcement;
  setMapBounds: (bounds: BoundsDeg) => void;
  setNavActive: (active: Selection | null) => void;
  announce: (text: string) => void;
}

export const createNavigatorSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  NavigatorSlice
> = (set, get) => ({
  mapBoundsDeg: undefined,
  navActive: null,
  announcement: { text: "", seq: 0 },
  setMapBounds: (mapBoundsDeg) => set({ mapBoundsDeg }),
  setNavActive: (navActive) => set({ navActive }),
  announce: (text) => set({ announcement: { text, seq: get().announcement.seq + 1 } }),
});
