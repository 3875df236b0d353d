import type { StateCreator } from "zustand";
import type { AppState } from "../store";

export type SelectionKind = "strike" | "mission";
export interface Selection {
  readonly kind: SelectionKind;
  readonly id: string;
}
/** Where a selection came from: the map does not fly to what the user just clicked on it. */
export type SelectionOrigin = "map" | "list" | "url";

export interface SelectionSlice {
  selection: Selection | null;
  selectionOrigin: SelectionOrigin;
  hovered: Selection | null;
  /** Strikes on one point whose count badge was clicked: listed for the reader to choose from. */
  stackIds: readonly string[] | null;
  showStack: (ids: readonly string[] | null) => void;
  select: (selection: Selection | null, origin: SelectionOrigin) => void;
  setHovered: (hovered: Selection | null) => void;
}

export const createSelectionSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  SelectionSlice
> = (set, get) => ({
  selection: null,
  selectionOrigin: "list",
  hovered: null,
  stackIds: null,
  showStack: (stackIds) => set({ stackIds }),
  select: (selection, origin) => {
    const current = get().selection;
    if (current && selection && current.kind === selection.kind && current.id === selection.id) {
      set({ selectionOrigin: origin });
      return;
    }
    set({ selection, selectionOrigin: origin });
  },
  setHovered: (hovered) => set({ hovered }),
});
