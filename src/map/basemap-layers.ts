import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from "maplibre-gl";
import type { BasemapDataset } from "./basemap-style";

/**
 * Layers of the embedded basemap (ids prefixed `base-`), as plain data. Sources are named
 * `basemap-<dataset>`; see basemap-style.ts for sources and fonts.
 */

/** Zoom at which the coarse NE rivers and urban areas have faded out (they would mislead at city scale). */
const COARSE_MAX_ZOOM = 10.5;

/** Font stacks declared by the style's font-faces. */
export const FONT_NAMES = {
  regular: "Noto Sans Regular",
  semibold: "Noto Sans SemiBold",
  italic: "Noto Sans Italic",
} as const;
const REGULAR = [FONT_NAMES.regular];
const SEMIBOLD = [FONT_NAMES.semibold];
const ITALIC = [FONT_NAMES.italic];

const C = {
  land: "#e8e6e0",
  ukraine: "#f6f5f1",
  urban: "#e7e2d8",
  water: "#d3e0e9",
  river: "#b3c7d5",
  waterText: "#6a8394",
  oblast: "#bab6ad",
  border: "#9a968e",
  borderCasing: "#dedad2",
  district: "#b0aba1",
  text: "#3a3936",
  textMuted: "#78756e",
  textFaint: "#8f8b84",
  halo: "#f7f6f2",
} as const;

const EN = ["get", "name_en"] as ExpressionSpecification;
const UK = ["get", "name_uk"] as ExpressionSpecification;
/** English on the first line, Ukrainian (smaller, muted) on the second where known. */
const TWO_LINE: ExpressionSpecification = [
  "case",
  ["has", "name_uk"],
  ["format", EN, {}, "\n", {}, UK, { "font-scale": 0.82, "text-color": C.textMuted }],
  EN,
];
const z = (...stops: (number | ExpressionSpecification)[]): ExpressionSpecification =>
  ["interpolate", ["linear"], ["zoom"], ...stops] as ExpressionSpecification;
const kind = (k: string): FilterSpecification => ["==", ["get", "kind"], k];
/** A value per place rank 1–5. */
const byRank = (
  values: readonly [number, number, number, number, number],
): ExpressionSpecification => [
  "match",
  ["get", "rank"],
  1,
  values[0],
  2,
  values[1],
  3,
  values[2],
  4,
  values[3],
  values[4],
];
/** Towns appear by rank as the map zooms in: ranks 1–2 always, 3 from z5, 4 from z6, 5 from z7. */
const RANK_BY_ZOOM: FilterSpecification = [
  "<=",
  ["get", "rank"],
  ["step", ["zoom"], 2, 5, 3, 6, 4, 7, 5],
];

function fill(
  id: string,
  source: BasemapDataset,
  color: string,
  extra: Partial<LayerSpecification> = {},
) {
  return {
    id,
    type: "fill",
    source: `basemap-${source}`,
    paint: { "fill-color": color, "fill-antialias": true },
    ...extra,
  } as LayerSpecification;
}

function symbol(
  id: string,
  source: BasemapDataset,
  layout: Record<string, unknown>,
  paint: Record<string, unknown>,
  extra: Partial<LayerSpecification> = {},
): LayerSpecification {
  return {
    id,
    type: "symbol",
    source: `basemap-${source}`,
    layout: { "text-field": TWO_LINE, "text-font": REGULAR, "text-max-width": 9, ...layout },
    paint: { "text-halo-color": C.halo, "text-halo-width": 1.3, "text-halo-blur": 0.4, ...paint },
    ...extra,
  } as LayerSpecification;
}

/** Land, water, boundaries and urban areas, bottom to top. */
export function geometryLayers(): LayerSpecification[] {
  return [
    { id: "base-background", type: "background", paint: { "background-color": C.land } },
    fill("base-ukraine", "ukraine", C.ukraine),
    // NE's 1:50M urban footprints and 1:10M rivers are too coarse for street zooms: fade them out.
    fill("base-urban", "urban", C.urban, {
      maxzoom: COARSE_MAX_ZOOM,
      paint: {
        "fill-color": C.urban,
        "fill-opacity": z(5, 0.5, 8, 0.8, 9.5, 0.5, COARSE_MAX_ZOOM, 0),
      },
    }),
    fill("base-sea", "sea", C.water),
    fill("base-lakes", "lakes", C.water, { filter: ["!", ["has", "drained"]] }),
    fill("base-lakes-drained", "lakes", C.water, {
      filter: ["has", "drained"],
      paint: { "fill-color": C.water, "fill-opacity": 0.35 },
    }),
    {
      id: "base-lakes-drained-outline",
      type: "line",
      source: "basemap-lakes",
      filter: ["has", "drained"],
      paint: { "line-color": C.river, "line-width": 0.8, "line-dasharray": [2, 2] },
    },
    {
      id: "base-rivers",
      type: "line",
      source: "basemap-rivers",
      maxzoom: COARSE_MAX_ZOOM,
      filter: ["any", ["<", ["get", "class"], 3], [">=", ["zoom"], 6]],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": C.river,
        "line-opacity": z(9.5, 1, COARSE_MAX_ZOOM, 0),
        "line-width": z(
          4,
          ["match", ["get", "class"], 1, 0.8, 2, 0.45, 0.2],
          8,
          ["match", ["get", "class"], 1, 1.8, 2, 1.1, 0.6],
          12,
          ["match", ["get", "class"], 1, 3, 2, 2, 1.2],
        ),
      },
    },
    fill("base-kyiv-districts", "kyiv-districts", C.urban, {
      minzoom: 9,
      paint: { "fill-color": C.urban, "fill-opacity": z(9, 0, COARSE_MAX_ZOOM, 0.5) },
    }),
    {
      id: "base-kyiv-district-lines",
      type: "line",
      source: "basemap-kyiv-districts",
      minzoom: 8.5,
      paint: {
        "line-color": C.district,
        "line-width": z(9, 0.7, 13, 1.5),
        "line-opacity": z(8.5, 0, 9.5, 1),
      },
    },
    {
      id: "base-oblast-lines",
      type: "line",
      source: "basemap-oblast-lines",
      // The coarse NE boundary of Kyiv city yields to the OSM districts once they show.
      filter: ["any", ["!", ["get", "kyiv_city"]], ["<", ["zoom"], 9]],
      layout: { "line-join": "round" },
      paint: {
        "line-color": C.oblast,
        "line-width": z(5, 0.6, 9, 1.2, 12, 1.6),
        "line-dasharray": [3, 2],
      },
    },
    {
      id: "base-borders-casing",
      type: "line",
      source: "basemap-borders",
      filter: ["get", "ukraine"],
      layout: { "line-join": "round" },
      paint: {
        "line-color": C.borderCasing,
        "line-width": z(4, 3, 8, 6, 12, 9),
        "line-opacity": 0.7,
      },
    },
    {
      id: "base-borders",
      type: "line",
      source: "basemap-borders",
      layout: { "line-join": "round" },
      paint: { "line-color": C.border, "line-width": z(4, 0.7, 8, 1.4, 12, 2) },
    },
  ];
}

/** Place, district, water and country labels, ranked by size. */
export function labelLayers(): LayerSpecification[] {
  return [
    symbol(
      "base-sea-labels",
      "labels",
      { "text-font": ITALIC, "text-size": z(4, 11, 8, 15), "text-letter-spacing": 0.12 },
      { "text-color": C.waterText },
      { filter: kind("sea") },
    ),
    symbol(
      "base-river-labels",
      "rivers",
      {
        "text-field": ["case", ["has", "name_uk"], ["concat", EN, " · ", UK], EN],
        "text-font": ITALIC,
        "text-size": z(6, 10, 10, 12),
        "symbol-placement": "line",
        "text-letter-spacing": 0.05,
        "symbol-spacing": 350,
      },
      { "text-color": C.waterText },
      {
        minzoom: 6,
        maxzoom: COARSE_MAX_ZOOM - 0.5,
        filter: [
          "all",
          ["has", "name_en"],
          ["any", ["<", ["get", "class"], 3], [">=", ["zoom"], 8]],
        ],
      },
    ),
    symbol(
      "base-lake-labels",
      "labels",
      { "text-font": ITALIC, "text-size": 11 },
      { "text-color": C.waterText },
      { minzoom: 7, filter: kind("lake") },
    ),
    symbol(
      "base-country-labels",
      "labels",
      { "text-transform": "uppercase", "text-letter-spacing": 0.18, "text-size": z(3, 10, 7, 14) },
      { "text-color": C.textFaint },
      {
        maxzoom: 9,
        // Ukraine's own name only at overview zooms, where its cities are not labelled yet.
        filter: [
          "all",
          kind("country"),
          ["any", ["!=", EN, "Ukraine"], ["<", ["zoom"], 6]],
        ] as FilterSpecification,
      },
    ),
    symbol(
      "base-oblast-labels",
      "labels",
      { "text-size": z(6.5, 10, 9, 12), "text-max-width": 8 },
      { "text-color": C.textFaint },
      { minzoom: 6.5, maxzoom: 10, filter: kind("oblast") },
    ),
    symbol(
      "base-kyiv-district-labels",
      "labels",
      { "text-size": z(9.5, 10.5, 13, 13), "text-letter-spacing": 0.04 },
      { "text-color": C.textMuted },
      { minzoom: 9.5, filter: kind("kyiv-district") },
    ),
    {
      id: "base-place-dots",
      type: "circle",
      source: "basemap-places",
      maxzoom: 11,
      filter: RANK_BY_ZOOM,
      paint: {
        "circle-radius": byRank([4, 3.4, 2.8, 2.3, 1.9]),
        "circle-color": ["case", ["==", ["get", "country"], "UA"], C.text, C.textMuted],
        "circle-stroke-color": C.halo,
        "circle-stroke-width": 1,
      },
    },
    symbol(
      "base-place-labels",
      "places",
      {
        "text-font": [
          "case",
          ["<=", ["get", "rank"], 3],
          ["literal", SEMIBOLD],
          ["literal", REGULAR],
        ] as DataDrivenPropertyValueSpecification<string[]>,
        "text-size": byRank([16, 14, 12.5, 11.5, 10.5]),
        "symbol-sort-key": ["get", "rank"],
        "text-variable-anchor": ["top", "bottom", "left", "right"],
        "text-radial-offset": 0.55,
        "text-justify": "auto",
      },
      { "text-color": ["case", ["==", ["get", "country"], "UA"], C.text, C.textMuted] },
      { filter: RANK_BY_ZOOM },
    ),
  ];
}
