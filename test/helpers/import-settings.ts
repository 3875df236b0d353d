import type { ImportSettings } from "@/import/types";

/** Settings for importing a test file as strikes into layer "L1" (Kyiv time, 500 m default). */
export const STRIKE_IMPORT: ImportSettings = {
  target: "strikes",
  zone: "Europe/Kyiv",
  defaultUncertaintyM: 500,
  layerId: "L1",
};
