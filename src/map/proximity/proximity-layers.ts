import type { LayerSpecification } from "maplibre-gl";
import { LABEL_TEXT, role } from "../label-font";
import { CASING } from "../layers";
import * as ids from "./ids";

/** A light band under rings and lines, so they read on dark imagery too. */
const casing = (r: string, widthPx: number): LayerSpecification => ({
  id: `proximity-${r}-casing`,
  type: "line",
  source: ids.SOURCE_PROXIMITY,
  filter: role(r),
  layout: { "line-cap": "round" },
  paint: { "line-color": CASING.color, "line-width": widthPx, "line-opacity": CASING.opacity },
});

/** Range rings and strike→mission lines (under the symbols) and their labels (over them). */
export const PROXIMITY_LINE_LAYERS: readonly LayerSpecification[] = [
  casing("ring", 4),
  casing("link", 4.5),
  {
    id: ids.LAYER_PROXIMITY_RINGS,
    type: "line",
    source: ids.SOURCE_PROXIMITY,
    filter: role("ring"),
    paint: { "line-color": "#0d47a1", "line-width": 1.5, "line-opacity": 0.8 },
  },
  {
    id: ids.LAYER_PROXIMITY_LINES,
    type: "line",
    source: ids.SOURCE_PROXIMITY,
    filter: role("link"),
    layout: { "line-cap": "round" },
    paint: {
      "line-color": "#7f1d1d",
      "line-width": 1.8,
      "line-dasharray": [3, 2],
      "line-opacity": 0.85,
    },
  },
] as LayerSpecification[];

export const PROXIMITY_LABEL_LAYERS: readonly LayerSpecification[] = [
  {
    id: ids.LAYER_PROXIMITY_LABELS,
    type: "symbol",
    source: ids.SOURCE_PROXIMITY,
    filter: ["any", role("ring-label"), role("link-label")],
    layout: {
      ...LABEL_TEXT,
      "text-size": 12,
      "text-max-width": 14,
      "symbol-sort-key": ["coalesce", ["get", "rank"], 0],
      "text-anchor": ["case", role("ring-label"), "bottom", "center"],
      "text-offset": ["case", role("ring-label"), ["literal", [0, -0.2]], ["literal", [0, 0]]],
    },
    paint: {
      "text-color": ["case", role("ring-label"), "#0d2a5c", "#5a1010"],
      "text-halo-color": "#ffffff",
      "text-halo-width": 2,
    },
  },
] as LayerSpecification[];
