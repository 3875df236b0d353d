/**
 * The basemaps a reader can choose, and every third party an online one loads from. This is the
 * one list of third-party hosts: a Content-Security-Policy must allow exactly these (see README).
 */

export type OnlineBasemapId = "streets" | "satellite";
/** Basemaps a link or local storage can name (a local file cannot be shared). */
export type NamedBasemapId = "embedded" | OnlineBasemapId;

export interface OnlineBasemap {
  readonly id: OnlineBasemapId;
  readonly label: string;
  /** Who serves the tiles, as shown before the option is chosen. */
  readonly provider: string;
  /** Origins the option contacts (style, tiles, TileJSON). */
  readonly hosts: readonly string[];
  /** A MapLibre style URL, or an XYZ raster template with {z}/{x}/{y}. */
  readonly url: string;
  readonly kind: "style" | "raster";
  readonly attribution: string;
  readonly termsUrl: string;
  /** Deepest zoom with native tiles (raster only). */
  readonly maxZoom?: number;
}

export const ONLINE_BASEMAPS: readonly OnlineBasemap[] = [
  {
    id: "streets",
    label: "Streets online",
    provider: "OpenFreeMap (openfreemap.org)",
    hosts: ["https://tiles.openfreemap.org"],
    url: "https://tiles.openfreemap.org/styles/liberty",
    kind: "style",
    attribution:
      '<a href="https://openfreemap.org">OpenFreeMap</a> © <a href="https://www.openmaptiles.org/">OpenMapTiles</a> Data from <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    termsUrl: "https://openfreemap.org/",
  },
  {
    id: "satellite",
    label: "Satellite online",
    provider: "EOX Sentinel-2 cloudless (s2maps.eu)",
    hosts: ["https://tiles.maps.eox.at"],
    url: "https://tiles.maps.eox.at/wmts/1.0.0/s2cloudless-2023_3857/default/g/{z}/{y}/{x}.jpg",
    kind: "raster",
    attribution:
      '<a href="https://s2maps.eu">Sentinel-2 cloudless - https://s2maps.eu</a> by EOX IT Services GmbH (Contains modified Copernicus Sentinel data 2023)',
    termsUrl: "https://cloudless.eox.at/documentation/license",
    maxZoom: 15,
  },
];

/** Every third-party origin an online basemap may contact. */
export const THIRD_PARTY_HOSTS: readonly string[] = ONLINE_BASEMAPS.flatMap((b) => b.hosts);

/** The online basemap with this id. */
export function onlineBasemap(id: OnlineBasemapId): OnlineBasemap {
  const found = ONLINE_BASEMAPS.find((b) => b.id === id);
  if (!found) throw new Error(`unknown basemap ${id}`);
  return found;
}

/** True for "embedded", "streets" or "satellite". */
export function isNamedBasemap(value: unknown): value is NamedBasemapId {
  return value === "embedded" || value === "streets" || value === "satellite";
}

/** A custom URL the map can use: https (or http on localhost), as a style or a {z}/{x}/{y} template. */
export function classifyCustomUrl(
  text: string,
): { kind: "style" | "raster"; url: string } | string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return "not a web address";
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local))
    return "only https:// addresses can be used";
  const raw = decodeURI(url.href);
  const xyz = raw.includes("{z}") && raw.includes("{x}") && raw.includes("{y}");
  return { kind: xyz ? "raster" : "style", url: xyz ? raw : url.href };
}
