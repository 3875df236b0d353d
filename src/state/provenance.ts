import { memoizeLast } from "@/lib/memoize-last";
import type { DataOverride } from "./slices/data-slice";
import type { AppState } from "./store";

/** Where the data on screen comes from, for the banner, exports and citations. */
export interface DataProvenance {
  /** True when every file is the bundled one. */
  readonly bundled: boolean;
  readonly overrides: readonly DataOverride[];
  readonly datasetVersion: string | undefined;
  /** One sentence: "Bundled Nearmiss data set (version …)" or "Data from ./x.geojson (strikes), …". */
  readonly text: string;
}

const NONE: readonly DataOverride[] = [];

const provenance = memoizeLast(
  (overrides: readonly DataOverride[] | undefined, version: string | undefined): DataProvenance => {
    const list = overrides ?? NONE;
    const versionText = version ? ` (version ${version})` : "";
    const text =
      list.length === 0
        ? `Bundled Nearmiss data set${versionText}`
        : `Data from ${list.map((o) => `${o.name} (${o.kind})`).join(", ")}, not the bundled data set`;
    return { bundled: list.length === 0, overrides: list, datasetVersion: version, text };
  },
);

/** The data's provenance; exports and citations should carry `text`. Memoised. */
export const selectDataProvenance = (s: AppState): DataProvenance =>
  provenance(s.overrides, s.datasetVersion);
