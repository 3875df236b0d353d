import type { SourceSpecification, StyleSpecification } from "maplibre-gl";
import { FONT_NAMES, geometryLayers, labelLayers } from "./basemap-layers";
import { streetLayers, streetSources } from "./street-tiles";

/** The GeoJSON files of the embedded basemap (geo/basemap/<name>.geojson). */
export const BASEMAP_DATASETS = [
  "sea",
  "ukraine",
  "oblast-lines",
  "borders",
  "lakes",
  "rivers",
  "urban",
  "kyiv-districts",
  "places",
  "labels",
] as const;
export type BasemapDataset = (typeof BASEMAP_DATASETS)[number];

export const BASEMAP_FONT_WEIGHTS = ["regular", "semibold", "italic"] as const;
export const BASEMAP_FONT_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
export type BasemapFontFile =
  `${(typeof BASEMAP_FONT_WEIGHTS)[number]}-${(typeof BASEMAP_FONT_SUBSETS)[number]}`;

/** Absolute, same-origin URLs of every file the basemap loads (see basemap-urls.ts). */
export interface BasemapUrls {
  readonly data: Readonly<Record<BasemapDataset, string>>;
  readonly fonts: Readonly<Record<BasemapFontFile, string>>;
  /** The page's base URL, under which the Kyiv street tiles live (streets/kyiv-2025-08/…); none: no streets. */
  readonly streetsBase?: string | undefined;
}

/** The area the basemap data covers, [west, south, east, north]; outside it only land colour shows. */
export const BASEMAP_BOUNDS = [18, 40.85, 46, 54] as const;
/** Past this zoom the embedded basemap has no finer detail (Kyiv districts are simplified at 10 m). */
export const BASEMAP_MAX_DETAIL_ZOOM = 12;

const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const OSM = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
/** Credit line for the basemap: Natural Earth (public domain) and OSM (ODbL) for Kyiv's districts. */
export const BASEMAP_ATTRIBUTION = `Made with ${NATURAL_EARTH} · Kyiv districts ${OSM}`;

/** Unicode ranges of the @fontsource/noto-sans subsets, as the package declares them. */
const SUBSET_RANGES: Record<(typeof BASEMAP_FONT_SUBSETS)[number], string> = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1E00-1E9F,U+20A0-20AB,U+20AD-20C0,U+2C60-2C7F",
  cyrillic: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116",
  "cyrillic-ext": "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F",
};
function sources(urls: BasemapUrls): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  for (const name of BASEMAP_DATASETS) {
    const attribution = name === "kyiv-districts" ? OSM : NATURAL_EARTH;
    out[`basemap-${name}`] = { type: "geojson", data: urls.data[name], attribution };
  }
  return out;
}

function fontFaces(urls: BasemapUrls): NonNullable<StyleSpecification["font-faces"]> {
  const faces: NonNullable<StyleSpecification["font-faces"]> = {};
  for (const weight of BASEMAP_FONT_WEIGHTS) {
    faces[FONT_NAMES[weight]] = BASEMAP_FONT_SUBSETS.map((subset) => ({
      url: urls.fonts[`${weight}-${subset}`],
      "unicode-range": SUBSET_RANGES[subset].split(","),
    }));
  }
  return faces;
}

/**
 * The embedded offline basemap as a MapLibre style: only same-origin GeoJSON sources and fonts
 * declared through `font-faces` (no glyph server), plus the bundled Kyiv street tiles when
 * `urls.streetsBase` is given. Layer ids start with `base-`; the app adds
 * its own sources and layers on top. Pure: no map instance, same input → equal output.
 */
export function createBasemapStyle(opts: { urls: BasemapUrls }): StyleSpecification {
  return {
    version: 8,
    name: "Nearmiss offline basemap",
    sources: {
      ...sources(opts.urls),
      ...(opts.urls.streetsBase ? streetSources(opts.urls.streetsBase) : {}),
    },
    "font-faces": fontFaces(opts.urls),
    layers: [
      ...geometryLayers(),
      ...(opts.urls.streetsBase ? streetLayers() : []),
      ...labelLayers(),
    ],
  };
}
