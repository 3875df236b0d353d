import type { LayerSpecification, SourceSpecification } from "maplibre-gl";

/**
 * The bundled OpenStreetMap raster tiles of Kyiv (public/streets/kyiv-2025-08, WebP, see SOURCE.txt there):
 * z10–14 over central Kyiv and z15 about 8×8 km around the embassy. Two sources, each bounded to
 * the tiles that exist, so MapLibre never asks for a missing tile; past z15 it over-zooms.
 */

/** Tile ranges shipped per source (must match public/streets/kyiv-2025-08/extent.json; a test checks). */
export const STREET_TILE_RANGES = {
  city: { minZoom: 10, maxZoom: 14, at: { z: 14, minX: 9573, maxX: 9588, minY: 5517, maxY: 5530 } },
  embassy: {
    minZoom: 15,
    maxZoom: 15,
    at: { z: 15, minX: 19153, maxX: 19164, minY: 11042, maxY: 11052 },
  },
} as const;

export const STREET_ATTRIBUTION =
  'Kyiv streets © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
/** Zoom from which the street tiles fade in over the embedded basemap, and where they are opaque. */
export const STREET_FADE_START_ZOOM = 10.5;
export const STREET_FADE_END_ZOOM = 12.5;

const lng = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const lat = (y: number, z: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** [west, south, east, north] in degrees covered by tiles minX..maxX × minY..maxY at zoom z. */
export function tileRangeBounds(r: {
  z: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}): [number, number, number, number] {
  return [lng(r.minX, r.z), lat(r.maxY + 1, r.z), lng(r.maxX + 1, r.z), lat(r.minY, r.z)];
}

/** True when [lng, lat] lies where the street tiles of `part` are drawn. */
export function inStreetTiles(
  [x, y]: readonly [number, number],
  part: keyof typeof STREET_TILE_RANGES = "city",
): boolean {
  const [w, s, e, n] = tileRangeBounds(STREET_TILE_RANGES[part].at);
  return x >= w && x <= e && y >= s && y <= n;
}

/** The two raster sources, with tile URLs made absolute against `baseUri` (same origin). */
export function streetSources(baseUri: string): Record<string, SourceSpecification> {
  const tiles = [
    new URL("streets/kyiv-2025-08/{z}/{x}/{y}.webp", baseUri).href
      .replace(/%7B/g, "{")
      .replace(/%7D/g, "}"),
  ];
  const out: Record<string, SourceSpecification> = {};
  for (const [name, r] of Object.entries(STREET_TILE_RANGES)) {
    out[`streets-${name}`] = {
      type: "raster",
      tiles,
      tileSize: 256,
      minzoom: r.minZoom,
      maxzoom: r.maxZoom,
      bounds: tileRangeBounds(r.at),
      attribution: STREET_ATTRIBUTION,
    };
  }
  return out;
}

/**
 * Raster layers (ids `base-streets-*`) that fade in between STREET_FADE_START_ZOOM and
 * STREET_FADE_END_ZOOM, slightly desaturated so the app's coloured symbols stay the loudest thing.
 */
export function streetLayers(): LayerSpecification[] {
  return Object.keys(STREET_TILE_RANGES).map((name) => ({
    id: `base-streets-${name}`,
    type: "raster",
    source: `streets-${name}`,
    minzoom: name === "city" ? STREET_FADE_START_ZOOM : STREET_TILE_RANGES.embassy.minZoom,
    paint: {
      "raster-opacity": [
        "interpolate",
        ["linear"],
        ["zoom"],
        STREET_FADE_START_ZOOM,
        0,
        STREET_FADE_END_ZOOM,
        0.92,
      ],
      "raster-saturation": -0.35,
      "raster-fade-duration": 0,
    },
  }));
}
