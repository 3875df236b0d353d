import type { LayerSpecification } from "maplibre-gl";
import { LABEL_TEXT, role } from "../label-font";
import * as ids from "./ids";

/**
 * The measured path: a white casing under a dark dashed geodesic line, vertex handles (snapped
 * ones filled), and distance labels in the style's own font so they render offline.
 */
export const MEASURE_LAYERS: readonly LayerSpecification[] = [
  {
    id: ids.LAYER_MEASURE_CASING,
    type: "line",
    source: ids.SOURCE_MEASURE,
    filter: role("segment"),
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": "#ffffff", "line-width": 5, "line-opacity": 0.9 },
  },
  {
    id: ids.LAYER_MEASURE_LINE,
    type: "line",
    source: ids.SOURCE_MEASURE,
    filter: role("segment"),
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": "#111827", "line-width": 2.5, "line-dasharray": [2, 1] },
  },
  {
    id: ids.LAYER_MEASURE_VERTICES,
    type: "circle",
    source: ids.SOURCE_MEASURE,
    filter: role("vertex"),
    paint: {
      "circle-radius": ["case", ["boolean", ["feature-state", "dragging"], false], 8, 6],
      "circle-color": ["case", ["get", "snapped"], "#111827", "#ffffff"],
      "circle-stroke-color": ["case", ["get", "snapped"], "#ffffff", "#111827"],
      "circle-stroke-width": 2,
    },
  },
  {
    id: ids.LAYER_MEASURE_LABELS,
    type: "symbol",
    source: ids.SOURCE_MEASURE,
    filter: ["any", role("label"), role("total")],
    layout: {
      ...LABEL_TEXT,
      "text-size": ["case", role("total"), 14, 13],
      // On the point when it is free, else beside it: never over a strike, a mission or the
      // selection (label-obstacles.ts places their boxes first). The readout has every number.
      "text-variable-anchor": ["center", "bottom", "top", "left", "right"],
      "text-radial-offset": ["case", role("total"), 1.8, 1.4],
      "text-allow-overlap": false,
    },
    paint: { "text-color": "#111827", "text-halo-color": "#ffffff", "text-halo-width": 2 },
  },
] as LayerSpecification[];
