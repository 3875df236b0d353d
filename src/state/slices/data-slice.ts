import type { StateCreator } from "zustand";
import type { DatasetInfo } from "@/domain/parse-geo";
import type { DiplomaticEvent, Mission, ParseIssue, Strike } from "@/domain/types";
import { mergeLayers } from "../merge-layers";
import type { AppState } from "../store";

export type DataStatus = "idle" | "loading" | "ready" | "error";

/** Everything one load of the geo files produced. Strikes are sorted by time. */
export interface LoadedData {
  readonly missions: readonly Mission[];
  readonly strikes: readonly Strike[];
  readonly events: readonly DiplomaticEvent[];
  readonly issues: readonly ParseIssue[];
  readonly datasetVersion: string | undefined;
  readonly datasetInfo?: DatasetInfo | undefined;
}

export interface DataSlice extends LoadedData {
  dataStatus: DataStatus;
  setDataStatus: (status: DataStatus) => void;
  /** Replaces the built-in data set (merged with imported layers) and resets the window to the whole domain. */
  setLoadedData: (data: LoadedData) => void;
}

export const createDataSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  DataSlice
> = (set) => ({
  missions: [],
  strikes: [],
  events: [],
  issues: [],
  datasetVersion: undefined,
  datasetInfo: undefined,
  dataStatus: "idle",
  setDataStatus: (dataStatus) => set({ dataStatus }),
  setLoadedData: (data) =>
    set((state) => {
      // `strikes`/`missions` are the merged visible set; the data as loaded is kept as `builtin`.
      const merged = mergeLayers(data, state.layers);
      return {
        ...data,
        ...merged,
        builtin: { strikes: data.strikes, missions: data.missions },
        dataStatus: "ready",
        timeWindow: state.timeWindowFromUrl ?? domainOf(merged.strikes),
        timeWindowFromUrl: undefined,
      };
    }),
});

/** The closed-open window covering every strike (one minute past the last so it is included). */
export function domainOf(strikes: readonly Strike[]) {
  const first = strikes[0];
  const last = strikes[strikes.length - 1];
  if (!first || !last) return { startMs: 0, endMs: 0 };
  return { startMs: first.tMs, endMs: last.tMs + 60_000 };
}
