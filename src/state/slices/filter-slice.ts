import type { StateCreator } from "zustand";
import { type NearFilter, NO_FILTERS, type StrikeFilters } from "@/analysis/strike-filter";
import type { Confidence, LocationPrecision, WeaponClass } from "@/domain/types";
import type { AppState } from "../store";

type ListKey = "hiddenWeapons" | "hiddenConfidence" | "hiddenPrecision" | "hiddenLayers";
type ValueOf<K extends ListKey> = K extends "hiddenWeapons"
  ? WeaponClass
  : K extends "hiddenConfidence"
    ? Confidence
    : K extends "hiddenPrecision"
      ? LocationPrecision
      : string;

/** Which strikes are shown besides the time window (weapon, confidence, precision, site, layer). */
export interface FilterSlice {
  filters: StrikeFilters;
  /** Replaces every filter (links and "clear filters"). */
  setFilters: (filters: StrikeFilters) => void;
  /** Hides a value that is shown, shows one that is hidden. */
  toggleHidden: <K extends ListKey>(key: K, value: ValueOf<K>) => void;
  setNearFilter: (near: NearFilter | undefined) => void;
}

export const createFilterSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  FilterSlice
> = (set) => ({
  filters: NO_FILTERS,
  setFilters: (filters) => set({ filters }),
  toggleHidden: (key, value) =>
    set((s) => {
      const list = s.filters[key] as readonly string[];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  setNearFilter: (near) =>
    set((s) => ({
      filters: {
        ...s.filters,
        near: near && Number.isFinite(near.withinM) && near.withinM > 0 ? near : undefined,
      },
    })),
});
