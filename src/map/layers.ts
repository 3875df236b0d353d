import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import * as ids from "./ids";
import { LABEL_FONT, LABEL_TEXT } from "./label-font";

const isSelected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const isHovered: ExpressionSpecification = ["boolean", ["feature-state", "hovered"], false];
const isMuted: ExpressionSpecification = ["boolean", ["get", "muted"], false];

function highlightLayer(id: string, source: string, radiusPx: number): LayerSpecification {
  return {
    id,
    type: "circle",
    source,
    paint: {
      "circle-radius": radiusPx,
      "circle-color": "#ffeb3b",
      "circle-opacity": ["case", isSelected, 0.55, 0],
      "circle-stroke-color": "#111111",
      "circle-stroke-width": ["case", isSelected, 2.5, isHovered, 1.5, 0],
    },
  };
}

/** A light band under a line, so it reads on dark imagery as well as on light streets. */
export const CASING = { color: "#ffffff", opacity: 0.55 } as const;

function haloLayers(fillId: string, lineId: string, source: string): LayerSpecification[] {
  return [
    {
      id: fillId,
      type: "fill",
      source,
      paint: {
        "fill-color": ["get", "color"],
        "fill-opacity": ["case", isMuted, 0.05, 0.12],
      },
    },
    {
      id: `${lineId}-casing`,
      type: "line",
      source,
      paint: {
        "line-color": CASING.color,
        "line-width": 3,
        "line-opacity": ["case", isMuted, CASING.opacity / 2, CASING.opacity],
      },
    },
    {
      id: lineId,
      type: "line",
      source,
      paint: {
        "line-color": ["get", "color"],
        "line-width": 1.5,
        "line-opacity": ["case", isMuted, 0.35, 0.7],
        "line-dasharray": [2, 2],
      },
    },
  ];
}

/**
 * The app's own layers, bottom to top: uncertainty halos (true-metre polygons), highlight rings
 * (feature-state), then symbols. Declared once; only source data and feature-state change later.
 */
export const APP_LAYERS: readonly LayerSpecification[] = [
  ...haloLayers(ids.LAYER_MISSION_HALO_FILL, ids.LAYER_MISSION_HALO_LINE, ids.SOURCE_MISSION_HALOS),
  highlightLayer(ids.LAYER_MISSIONS_HIGHLIGHT, ids.SOURCE_MISSIONS, 15),
  {
    id: ids.LAYER_MISSIONS_SYMBOL,
    type: "symbol",
    source: ids.SOURCE_MISSIONS,
    layout: {
      "icon-image": ["get", "icon"],
      "icon-allow-overlap": true,
      "icon-ignore-placement": true,
    },
    paint: { "icon-opacity": ["case", isMuted, 0.6, 1] },
  },
  highlightLayer(ids.LAYER_STRIKES_HIGHLIGHT, ids.SOURCE_STRIKES, 13),
  {
    id: ids.LAYER_STRIKES_SYMBOL,
    type: "symbol",
    source: ids.SOURCE_STRIKES,
    layout: {
      "icon-image": ["get", "icon"],
      "icon-allow-overlap": true,
      "icon-ignore-placement": true,
      "symbol-sort-key": ["get", "sortKey"],
      "text-field": ["step", ["zoom"], "", 11, ["get", "label"]],
      "text-font": LABEL_FONT,
      "text-size": 11,
      "text-variable-anchor": ["top", "bottom", "right", "left"],
      // Clear of the symbol and of its selection ring (see label-obstacles.ts).
      "text-radial-offset": 1.6,
      "text-justify": "auto",
      "text-optional": true,
    },
    paint: {
      "icon-opacity": ["case", isMuted, 0.5, 1],
      "text-color": "#5a1010",
      "text-halo-color": "#ffffff",
      "text-halo-width": 1.8,
    },
  },
  // Mission names above the strikes' layer: placed before the strike dates, so a site's name wins
  // a contested spot (MapLibre places the top layer's labels first).
  {
    id: ids.LAYER_MISSIONS_LABEL,
    type: "symbol",
    source: ids.SOURCE_MISSIONS,
    layout: {
      ...LABEL_TEXT,
      "text-size": 12,
      "text-variable-anchor": ["left", "right", "top", "bottom"],
      // Clear of the symbol and of its selection ring (see label-obstacles.ts).
      "text-radial-offset": 1.6,
      "text-justify": "auto",
      "text-max-width": 12,
    },
    paint: {
      "text-color": "#0d2a5c",
      "text-halo-color": "#ffffff",
      "text-halo-width": 2,
    },
  },
];
