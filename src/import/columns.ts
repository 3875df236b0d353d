/**
 * Column detection: which header feeds which field, from header names (English, Ukrainian,
 * Russian) checked against sample values. Unsure cases (two candidates, ambiguous date order, no
 * coordinates or no date) come back as reasons, so the caller asks the user instead of guessing.
 */
import { detectDateOrder, parseDateTime } from "./dates";
import type { ColumnMapping, DateOrder, ImportTarget } from "./types";
import { normaliseHeader, parseDecimal, parseLatLonPair, parseWktPoint } from "./values";

type Field = "lat" | "lon" | "latLon" | "wkt" | "date" | "time" | "name" | "description" | "weapon";
type Extra = "uncertainty" | "id" | "confidence" | "precision";

const NAMES: Record<Field | Extra, RegExp> = {
  lat: /^(lat|latitude|y|latdd|latdeg|latwgs84|ycoord|coordy|широта)$/,
  lon: /^(lon|lng|long|longitude|x|londd|londeg|lonwgs84|lngwgs84|xcoord|coordx|довгота|долгота)$/,
  latLon:
    /^(latlon|latlng|latitudelongitude|coordinates|coords|coordinate|location|gps|координати|координаты)$/,
  wkt: /^(wkt|geometry|geom|thegeom|shape|point)$/,
  date: /^(date|datetime|datetimeutc|dateutc|timestamp|when|eventdate|incidentdate|dateofevent|дата|starttime|begin)$/,
  time: /^(time|timeofday|hour|timeutc|localtime|eventtime|час|время)$/,
  name: /^(name|title|label|event|placename|site|sitename|place|назва|название)$/,
  description:
    /^(description|desc|details|summary|notes|note|comment|comments|text|опис|описание)$/,
  weapon:
    /^(weapon|weapons|weapontype|weaponclass|munition|munitions|ammunition|armament|зброя|оружие)$/,
  uncertainty: /^(uncertainty|uncertaintym|accuracy|accuracym|radius|radiusm|errorm|precisionm)$/,
  id: /^(id|eventid|uid|fid|recordid|incidentid|ref)$/,
  confidence: /^(confidence|certainty|reliability)$/,
  precision: /^(locationprecision|precision|geolocationprecision|geoprecision)$/,
};
const LINK_NAME =
  /^(url|urls|link|links|source|sources|sourceurl|sourceurls|sourcelink|sourcelinks|evidence|джерело|джерела|источник)\d*$/;

export interface Detection {
  readonly mapping: ColumnMapping;
  /** Why the user must choose; empty when detection is sure. */
  readonly reasons: readonly string[];
  /** How slash dates are ordered in the whole file (scanned, not sampled). */
  readonly dateOrder?: DateOrder | undefined;
}

function column(headers: readonly string[], rows: readonly (readonly string[])[], name: string) {
  const i = headers.indexOf(name);
  return rows.map((r) => (r[i] ?? "").trim()).filter((v) => v !== "");
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

/** A named column counts when at least half its sampled values fit (bad rows are reported later). */
const MIN_SHARE = 0.5;

const VALUE_TESTS: Partial<Record<Field, (v: string) => boolean>> = {
  lat: (v) => Math.abs(parseDecimal(v) ?? 999) <= 90,
  lon: (v) => Math.abs(parseDecimal(v) ?? 999) <= 180,
  latLon: (v) => parseLatLonPair(v) !== undefined,
  wkt: (v) => parseWktPoint(v) !== undefined,
  date: (v) =>
    !("error" in parseDateTime(v, undefined, "dmy")) ||
    !("error" in parseDateTime(v, undefined, "mdy")),
  time: (v) => /^\d{1,2}[:h]\d{2}/.test(v),
};

/**
 * Detects a mapping from `headers` and the file's rows (`rows`; every row is scanned for the date
 * order, the first 200 for value checks). `hasGeometry` (GeoJSON/KML) skips coordinate columns.
 */
export function detectColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  target: ImportTarget,
  hasGeometry = false,
): Detection {
  const sample = rows.slice(0, 200);
  const norm = headers.map(normaliseHeader);
  const reasons: string[] = [];
  const candidates = (field: Field | Extra): string[] =>
    headers.filter((h, i) => {
      if (!NAMES[field].test(norm[i] ?? "")) return false;
      const test = VALUE_TESTS[field as Field];
      return !test || share(column(headers, sample, h), test) >= MIN_SHARE;
    });
  const pick = (field: Field | Extra, label: string, ask: boolean): string | undefined => {
    const c = candidates(field);
    if (c.length > 1 && ask)
      reasons.push(`Several columns could be the ${label}: ${c.join(", ")}.`);
    return c[0];
  };
  const m: { -readonly [K in keyof ColumnMapping]: ColumnMapping[K] } = {};
  if (!hasGeometry) {
    m.lat = pick("lat", "latitude", true);
    m.lon = pick("lon", "longitude", true);
    if (!m.lat || !m.lon) {
      m.lat = undefined;
      m.lon = undefined;
      m.latLon = pick("latLon", "“lat, lon” column", true);
      if (!m.latLon) m.wkt = pick("wkt", "WKT point", true);
    }
    if (!m.lat && !m.latLon && !m.wkt) reasons.push("No column with coordinates was recognised.");
  }
  const dates = headers.filter((h, i) => {
    const n = norm[i] ?? "";
    if (!NAMES.date.test(n) && !NAMES.time.test(n)) return false;
    return (
      share(column(headers, sample, h), VALUE_TESTS.date as (v: string) => boolean) >= MIN_SHARE
    );
  });
  if (dates.length > 1) reasons.push(`Several columns could be the date: ${dates.join(", ")}.`);
  m.date = dates[0];
  m.time = candidates("time").find((h) => h !== m.date);
  if (!m.date && target === "strikes") reasons.push("No column with dates was recognised.");
  let dateOrder: DateOrder | undefined;
  if (m.date) {
    const order = detectDateOrder(column(headers, rows, m.date));
    if (order === "ambiguous") {
      reasons.push(`Dates in “${m.date}” could be day/month or month/day; choose the order.`);
    } else if (order === "inconsistent") {
      reasons.push(`Dates in “${m.date}” mix day/month and month/day; choose the order.`);
    } else if (order !== "none") dateOrder = order;
  }
  if (dateOrder) m.dateOrder = dateOrder;
  m.name = pick("name", "name", false);
  m.description = pick("description", "description", false);
  m.weapon = pick("weapon", "weapon", false);
  m.uncertainty = pick("uncertainty", "uncertainty", false);
  m.id = pick("id", "id", false);
  m.confidence = pick("confidence", "confidence", false);
  m.precision = pick("precision", "precision", false);
  const links = headers.filter((_, i) => LINK_NAME.test(norm[i] ?? ""));
  if (links.length > 0) m.links = links;
  const mapping = Object.fromEntries(
    Object.entries(m).filter(([, v]) => v !== undefined),
  ) as ColumnMapping;
  return { mapping, reasons, dateOrder };
}

/** Key for remembering a mapping: the normalised headers in order. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join("|");
}
