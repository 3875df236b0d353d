import { buildSearchIndex } from "@/analysis/search";
import { memoizeLast } from "@/lib/memoize-last";
import type { AppState } from "./store";

const index = memoizeLast(buildSearchIndex);

/** The search documents for what is loaded (built-in and imported strikes and sites). */
export const selectSearchIndex = (s: AppState) => index(s.strikes, s.missions);
