import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { LABEL_FONT, role } from "../label-font";
import { CASING } from "../layers";
import * as ids from "./ids";

const selected: ExpressionSpecification = ["boolean", ["get", "selected"], false];
/** Badges sit above the northernmost strike so they do not cover the strikes themselves. */
const BADGE_OFFSET_PX: [number, number] = [0, -22];

export const CLUSTER_AREA_LAYERS: readonly LayerSpecification[] = [
  {
    id: ids.LAYER_CLUSTER_HULLS,
    type: "fill",
    source: ids.SOURCE_CLUSTERS,
    filter: role("hull"),
    paint: { "fill-color": "#6a1b9a", "fill-opacity": ["case", selected, 0.16, 0.07] },
  },
  {
    id: `${ids.LAYER_CLUSTER_OUTLINES}-casing`,
    type: "line",
    source: ids.SOURCE_CLUSTERS,
    filter: role("hull"),
    paint: {
      "line-color": CASING.color,
      "line-width": ["case", selected, 5, 3.5],
      "line-opacity": CASING.opacity,
    },
  },
  {
    id: ids.LAYER_CLUSTER_OUTLINES,
    type: "line",
    source: ids.SOURCE_CLUSTERS,
    filter: role("hull"),
    paint: {
      "line-color": "#6a1b9a",
      "line-width": ["case", selected, 2.5, 1.2],
      "line-opacity": 0.8,
    },
  },
] as LayerSpecification[];

export const CLUSTER_BADGE_LAYERS: readonly LayerSpecification[] = [
  {
    id: ids.LAYER_CLUSTER_BADGES,
    type: "circle",
    source: ids.SOURCE_CLUSTERS,
    filter: role("badge"),
    paint: {
      "circle-radius": 11,
      "circle-color": ["case", selected, "#f9a825", "#6a1b9a"],
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 2,
      "circle-translate": BADGE_OFFSET_PX,
    },
  },
  {
    id: ids.LAYER_CLUSTER_COUNTS,
    type: "symbol",
    source: ids.SOURCE_CLUSTERS,
    filter: role("badge"),
    layout: {
      "text-field": ["to-string", ["get", "count"]],
      "text-font": LABEL_FONT,
      "text-size": 12,
      "text-allow-overlap": true,
      "text-ignore-placement": true,
    },
    paint: {
      "text-color": ["case", selected, "#111111", "#ffffff"],
      "text-translate": BADGE_OFFSET_PX,
    },
  },
] as LayerSpecification[];
