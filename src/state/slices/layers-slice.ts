import type { StateCreator } from "zustand";
import type { LngLat, Mission, Strike } from "@/domain/types";
import type { ImportProblem, ImportTarget } from "@/import/types";
import { nextTask } from "@/lib/next-task";
import {
  addInSteps,
  layersWithRestored,
  type RemovedLayers,
  withLayers,
  withoutLayer,
} from "../layer-changes";
import { numberLayer } from "../merge-layers";
import type { AppState } from "../store";
import { pendingLinkWindow } from "../url-window";
import type { LoadedData } from "./data-slice";

/** One imported file: its records (ids prefixed with the layer id) and what could not be used. */
export interface ImportedLayer {
  readonly id: string;
  readonly fileName: string;
  readonly target: ImportTarget;
  readonly importedAtMs: number;
  /** Rows or features the file held (imported or not). */
  readonly rowCount: number;
  /** Time-sorted. */
  readonly strikes: readonly Strike[];
  readonly missions: readonly Mission[];
  readonly problems: readonly ImportProblem[];
  readonly visible: boolean;
  /** The IANA zone times without an offset were read in (shown as "time zone assumed"). */
  readonly zone?: string | undefined;
}

/** What the user handed over to import: files (picker, drop) or pasted text; `n` tells requests apart. */
export interface ImportRequest {
  readonly n: number;
  readonly files: readonly File[];
  readonly text?: string | undefined;
}

/** "loading" while layers saved in this browser are being read back; links wait for it. */
export type LayersStatus = "idle" | "loading" | "ready";

export interface LayersSlice {
  /** The shipped data set exactly as loaded; never modified. `strikes`/`missions` are the merged set. */
  builtin: Pick<LoadedData, "strikes" | "missions">;
  layers: readonly ImportedLayer[];
  layersStatus: LayersStatus;
  /** Why imported layers could not be saved or read back (private mode, quota), if so. */
  layerStorageProblem: string | undefined;
  /** "Add a site here": the point clicked on the map, waiting for a name. */
  pendingSiteLngLat: LngLat | undefined;
  /** The import dialog is open for this request (undefined: closed). */
  importRequest: ImportRequest | undefined;
  /** Opens the import dialog, with files or text when the user dropped or pasted them. */
  requestImport: (input?: { files?: readonly File[]; text?: string }) => void;
  closeImport: () => void;
  /** Adds a layer and widens the time window to the whole (grown) domain so its strikes show. */
  addLayer: (layer: ImportedLayer) => void;
  /**
   * The same change as `addLayer`, made in steps: the merge and what the change makes for the
   * store's listeners (selectors, the map's records: see ../data-warmers) each in a task of its
   * own, then one commit. For large imports, so that no single task holds the page for long.
   */
  addLayerInSteps: (layer: ImportedLayer, pause?: () => Promise<void>) => Promise<void>;
  setLayerVisible: (id: string, visible: boolean) => void;
  removeLayer: (id: string) => void;
  /** Removes every imported layer ("Clear imported data"). */
  removeAllLayers: () => void;
  /** The last removal (one layer or all), until it is undone or another removal replaces it. */
  removedLayers: RemovedLayers | undefined;
  /** Puts back what the last removal took away. */
  undoRemove: () => void;
  /** Replaces every layer (restoring from storage). */
  setLayers: (layers: readonly ImportedLayer[]) => void;
  setLayersStatus: (status: LayersStatus) => void;
  setLayerStorageProblem: (problem: string | undefined) => void;
  setPendingSite: (lngLat: LngLat | undefined) => void;
}

const EMPTY_BUILTIN: LayersSlice["builtin"] = { strikes: [], missions: [] };

export const createLayersSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  LayersSlice
> = (set, get, api) => {
  let requests = 0;
  return {
    builtin: EMPTY_BUILTIN,
    layers: [],
    layersStatus: "idle",
    layerStorageProblem: undefined,
    pendingSiteLngLat: undefined,
    importRequest: undefined,
    requestImport: (input = {}) =>
      set({
        importRequest: {
          n: ++requests,
          files: input.files ?? [],
          text: input.text,
        },
      }),
    closeImport: () => set({ importRequest: undefined }),
    addLayer: (layer) => {
      const state = get();
      const rest = withoutLayer(state.layers, layer.id);
      numberLayer(layer, rest);
      set(withLayers(state, [...rest, layer], layer.strikes.length > 0));
    },
    addLayerInSteps: (layer, pause = nextTask) => addInSteps({ get, set, api }, layer, pause),
    setLayerVisible: (id, visible) => {
      const state = get();
      if (!state.layers.some((l) => l.id === id && l.visible !== visible)) return;
      set(
        withLayers(
          state,
          state.layers.map((l) => (l.id === id ? { ...l, visible } : l)),
        ),
      );
    },
    removeLayer: (id) => {
      const state = get();
      const gone = state.layers.filter((l) => l.id === id);
      if (gone.length === 0) return;
      set({
        ...withLayers(state, withoutLayer(state.layers, id)),
        removedLayers: { layers: gone, order: state.layers.map((l) => l.id) },
      });
    },
    removeAllLayers: () => {
      const state = get();
      if (state.layers.length === 0) return;
      set({
        ...withLayers(state, []),
        removedLayers: { layers: state.layers, order: state.layers.map((l) => l.id) },
      });
    },
    removedLayers: undefined,
    undoRemove: () => {
      const state = get();
      const removed = state.removedLayers;
      if (!removed) return;
      set({
        ...withLayers(state, layersWithRestored(state.layers, removed)),
        removedLayers: undefined,
      });
    },
    setLayers: (layers) => {
      layers.forEach((l, i) => {
        numberLayer(l, layers.slice(0, i));
      });
      set(withLayers(get(), layers));
    },
    setLayersStatus: (layersStatus) =>
      set((s) => ({
        layersStatus,
        // A link's window waited for the saved layers: it may reach into them.
        ...(layersStatus === "ready" ? pendingLinkWindow({ ...s, layersStatus }) : {}),
      })),
    setLayerStorageProblem: (layerStorageProblem) => set({ layerStorageProblem }),
    setPendingSite: (pendingSiteLngLat) => set({ pendingSiteLngLat }),
  };
};
