/**
 * Parsers for single cell values: numbers (decimal point or comma), "lat, lon" pairs, WKT points,
 * link lists. Each returns undefined (or a reason) instead of throwing.
 */
import { insideMapBounds, MAP_MAX_BOUNDS } from "@/domain/map-extent";
import type { LngLat } from "@/domain/types";
import { safeHttpUrl } from "@/lib/safe-url";

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * A decimal number written with a point or a single decimal comma ("50,45"); undefined for
 * anything else (thousands separators, units, text). Pure.
 */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}

const PAIR = /^\s*\(?\s*([+-]?\d+(?:\.\d+)?)\s*[,; ]\s*([+-]?\d+(?:\.\d+)?)\s*\)?\s*$/;
const PAIR_COMMA_DECIMAL = /^\s*([+-]?\d+(?:,\d+)?)\s*[; ]\s*([+-]?\d+(?:,\d+)?)\s*$/;

/** "50.45, 30.52" (latitude first, as map apps copy it) → `[lng, lat]`; undefined if not a pair. */
export function parseLatLonPair(text: string): LngLat | undefined {
  const m = PAIR.exec(text) ?? PAIR_COMMA_DECIMAL.exec(text);
  if (!m) return undefined;
  const lat = parseDecimal(m[1] ?? "");
  const lon = parseDecimal(m[2] ?? "");
  return lat === undefined || lon === undefined ? undefined : [lon, lat];
}

const WKT_POINT =
  /^\s*(?:SRID=4326;)?\s*POINT\s*(?:Z|M|ZM)?\s*\(\s*([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s+([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:\s+[+-]?[\d.e+-]+){0,2}\s*\)\s*$/i;

/** WKT `POINT (lon lat)` (x first, as WKT defines) → `[lng, lat]`; undefined if not a point. */
export function parseWktPoint(text: string): LngLat | undefined {
  const m = WKT_POINT.exec(text);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2])];
}

/** True when the text looks like a WKT geometry of any type (for a clearer error). */
export function looksLikeWkt(text: string): boolean {
  return /^\s*(?:SRID=\d+;)?\s*(MULTI)?(POINT|LINESTRING|POLYGON)|GEOMETRYCOLLECTION/i.test(text);
}

/** A coordinate check; undefined when valid, else a plain reason. */
export function coordinateProblem([lng, lat]: LngLat): string | undefined {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return "the coordinates are not numbers";
  if (lat < -90 || lat > 90) {
    const swapped = Math.abs(lng) <= 90 && Math.abs(lat) <= 180;
    return `latitude ${lat} is outside −90…90${swapped ? " (are latitude and longitude swapped?)" : ""}`;
  }
  if (lng < -180 || lng > 180) return `longitude ${lng} is outside −180…180`;
  if (lng === 0 && lat === 0) return "0, 0 is a placeholder for a missing location, not a place";
  return undefined;
}

/**
 * Whether a valid point lies where the map can show it ({@link MAP_MAX_BOUNDS}: Ukraine and its
 * neighbours). Outside, it is kept with a note (listed, measured, exported, but never drawn). It
 * is refused as a likely swap only when its latitude is far outside the map's band (south of
 * 40° N or north of 55.5° N) while swapping latitude and longitude would put it on the map: Kyiv
 * or Kharkiv written latitude first land in Iran or Iraq, whereas Baku (40.4° N, 49.9° E) is a
 * real place just east of the map. The importer never swaps silently. Undefined when inside. Pure.
 */
export function mapAreaProblem([lng, lat]: LngLat):
  | { readonly severity: "error" | "note"; readonly reason: string }
  | undefined {
  if (insideMapBounds(lng, lat)) return undefined;
  const b = MAP_MAX_BOUNDS;
  const farBand = lat < b.minLat || lat > b.maxLat;
  if (farBand && insideMapBounds(lat, lng))
    return {
      severity: "error",
      reason: `latitude ${lat}, longitude ${lng} lies far outside Ukraine and its neighbours; swapped (latitude ${lng}, longitude ${lat}) it would be inside (are latitude and longitude swapped?)`,
    };
  return {
    severity: "note",
    reason: `Latitude ${lat}, longitude ${lng} lies outside the area the map shows (${b.minLat}–${b.maxLat}° N, ${b.minLng}–${b.maxLng}° E): the row is listed, measured and exported, but not drawn.`,
  };
}

export interface Links {
  readonly urls: readonly string[];
  /** Link-like tokens that were dropped because they are not http(s). */
  readonly rejected: readonly string[];
}

/** Splits a cell of links (space, comma, semicolon, "|" or newline separated); keeps http(s) only. */
export function parseLinks(text: string): Links {
  const urls: string[] = [];
  const rejected: string[] = [];
  if (text === "") return { urls, rejected };
  for (const token of text.split(/[\s,;|]+/)) {
    if (!token) continue;
    const url = safeHttpUrl(token);
    if (url) {
      if (!urls.includes(url)) urls.push(url);
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(token) || token.startsWith("www.")) {
      rejected.push(token);
    }
  }
  return { urls, rejected };
}

/** A header reduced to lowercase letters and digits, for matching ("Lat (WGS84)" → "latwgs84"). */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Typed coordinates of one site: the point, or a plain reason per field that is wrong. */
export type TypedCoordinates =
  | { readonly lngLat: LngLat }
  | { readonly latError?: string | undefined; readonly lonError?: string | undefined };

/**
 * Reads a latitude and a longitude typed in two fields (decimal point or comma, degrees): the
 * `[lng, lat]` point, or a reason for each field that is empty, not a number or out of range
 * (−90…90, −180…180). Pure.
 */
export function parseTypedCoordinates(latText: string, lonText: string): TypedCoordinates {
  const read = (text: string, what: string, limit: number) => {
    if (text.trim() === "") return `Enter the ${what} in degrees.`;
    const n = parseDecimal(text);
    if (n === undefined) return `“${text.trim()}” is not a number of degrees (e.g. 50.4501).`;
    if (Math.abs(n) > limit) return `The ${what} must be between −${limit} and ${limit}.`;
    return n;
  };
  const lat = read(latText, "latitude", 90);
  const lon = read(lonText, "longitude", 180);
  if (typeof lat === "number" && typeof lon === "number") {
    if (lat === 0 && lon === 0) return { latError: "0, 0 is not a place; enter the site's point." };
    return { lngLat: [lon, lat] };
  }
  return {
    latError: typeof lat === "string" ? lat : undefined,
    lonError: typeof lon === "string" ? lon : undefined,
  };
}
