import type { StateCreator } from "zustand";
import type { DatasetInfo } from "@/domain/parse-geo";
import type { DiplomaticEvent, Mission, ParseIssue, Strike } from "@/domain/types";
import { mergeLayers } from "../merge-layers";
import type { AppState } from "../store";
import { pendingLinkWindow } from "../url-window";

export type DataStatus = "idle" | "loading" | "ready" | "error";

/** Everything one load of the geo files produced. Strikes are sorted by time. */
export interface LoadedData {
  readonly missions: readonly Mission[];
  readonly strikes: readonly Strike[];
  readonly events: readonly DiplomaticEvent[];
  readonly issues: readonly ParseIssue[];
  readonly datasetVersion: string | undefined;
  readonly datasetInfo?: DatasetInfo | undefined;
  /**
   * Files that could not be read at all (missing, HTTP error, not JSON, too large). While any is
   * listed the link is not rewritten, so reloading once the file is back restores everything.
   */
  readonly failedFiles?: readonly string[] | undefined;
  /** Files a link's query (`?strikes=./x.geojson`) put in place of the bundled ones. */
  readonly overrides?: readonly DataOverride[] | undefined;
}

/** A data file that replaced a bundled one: which kind, and the name the link gave. */
export interface DataOverride {
  readonly kind: "missions" | "strikes" | "events";
  readonly name: string;
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
  setLoadedData: (loaded) =>
    set((state) => {
      const data = { failedFiles: [], overrides: [], ...loaded };
      // `strikes`/`missions` are the merged visible set; the data as loaded is kept as `builtin`.
      const merged = mergeLayers(data, state.layers);
      const base = {
        ...data,
        ...merged,
        builtin: { strikes: data.strikes, missions: data.missions },
      };
      if (!state.timeWindowFromUrl)
        return { ...base, dataStatus: "ready", timeWindow: domainOf(merged.strikes) } as const;
      return {
        ...base,
        dataStatus: "ready",
        ...pendingLinkWindow({ ...state, ...base, dataStatus: "ready" }),
      } as const;
    }),
});

/** The closed-open window covering every strike (one minute past the last so it is included). */
export function domainOf(strikes: readonly Strike[]) {
  const first = strikes[0];
  const last = strikes[strikes.length - 1];
  if (!first || !last) return { startMs: 0, endMs: 0 };
  return { startMs: first.tMs, endMs: last.tMs + 60_000 };
}
