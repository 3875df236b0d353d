import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import { LABEL_FONT, role } from "../label-font";
import { CASING } from "../layers";
import * as ids from "./ids";

const selected: ExpressionSpecification = ["boolean", ["get", "selected"], false];
/** Badges sit above the northernmost strike so they do not cover the strikes themselves. */
const BADGE_OFFSET_PX: [number, number] = [0, -22];
const PURPLE = "#6a1b9a";

type Paint = Record<string, unknown>;

/**
 * One cluster element as two layers: every cluster but the chosen one, and the chosen one with
 * `chosenPaint` over `paint`. Every paint value is a constant, never an expression on a feature's
 * properties, so the layers use the shader variants the basemap's own fills, lines, circles and
 * labels compiled at start-up. A variant of its own costs its first frame ~0.6–0.8 s on a
 * software GL (SwiftShader), which would land when the first clusters appear, e.g. after an import.
 */
function byChoice(
  id: string,
  base: { type: "fill" | "line" | "circle" | "symbol"; source: string; layout?: Paint },
  forRole: string,
  paint: Paint,
  chosenPaint: Paint,
): LayerSpecification[] {
  const of = (chosen: boolean): FilterSpecification =>
    ["all", role(forRole), chosen ? selected : ["!", selected]] as FilterSpecification;
  return [
    { ...base, id, filter: of(false), paint } as LayerSpecification,
    {
      ...base,
      id: ids.chosenLayer(id),
      filter: of(true),
      paint: { ...paint, ...chosenPaint },
    } as LayerSpecification,
  ];
}

const source = ids.SOURCE_CLUSTERS;

/** Hulls and their outlines, bottom to top; the chosen cluster's above the others'. */
export const CLUSTER_AREA_LAYERS: readonly LayerSpecification[] = [
  ...byChoice(
    ids.LAYER_CLUSTER_HULLS,
    { type: "fill", source },
    "hull",
    { "fill-color": PURPLE, "fill-opacity": 0.07 },
    { "fill-opacity": 0.16 },
  ),
  ...byChoice(
    `${ids.LAYER_CLUSTER_OUTLINES}-casing`,
    { type: "line", source },
    "hull",
    { "line-color": CASING.color, "line-width": 3.5, "line-opacity": CASING.opacity },
    { "line-width": 5 },
  ),
  ...byChoice(
    ids.LAYER_CLUSTER_OUTLINES,
    { type: "line", source },
    "hull",
    { "line-color": PURPLE, "line-width": 1.2, "line-opacity": 0.8 },
    { "line-width": 2.5 },
  ),
];

/** Count badges: a disc, then its count. */
export const CLUSTER_BADGE_LAYERS: readonly LayerSpecification[] = [
  ...byChoice(
    ids.LAYER_CLUSTER_BADGES,
    { type: "circle", source },
    "badge",
    {
      "circle-radius": 11,
      "circle-color": PURPLE,
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 2,
      "circle-translate": BADGE_OFFSET_PX,
    },
    { "circle-color": "#f9a825" },
  ),
  ...byChoice(
    ids.LAYER_CLUSTER_COUNTS,
    {
      type: "symbol",
      source,
      layout: {
        "text-field": ["get", "label"],
        "text-font": LABEL_FONT,
        "text-size": 12,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
    },
    "badge",
    { "text-color": "#ffffff", "text-translate": BADGE_OFFSET_PX },
    { "text-color": "#111111" },
  ),
];
