import { layerOf } from "@/analysis/strike-filter";
import type { Mission, Strike } from "@/domain/types";
import { exportSiteDistances, round1 } from "./export-distances";
import { type ExportMeasure, type ExportMeta, metaPairs } from "./export-meta";

/** Column order of the strike export before the per-site columns; units are in the names. */
export const EXPORT_COLUMNS = [
  "id",
  "name",
  "time",
  "time_precision",
  "weapon_class",
  "weapon_text",
  "lng",
  "lat",
  "location_precision",
  "uncertainty_m",
  "confidence",
  "layer",
  "nearest_mission_id",
  "nearest_distance_m",
  "nearest_min_m",
  "nearest_max_m",
  "disputed",
  "sources",
] as const;

/** The four columns per site: distance, interval bounds, bearing from the site to the strike. */
export const SITE_COLUMN_PARTS = ["distance_m", "min_m", "max_m", "bearing_deg"] as const;

export type ExportRow = Record<string, string | number>;

/** Every column of a strike export for these sites: fixed columns, then 4 per site in data order. */
export function exportColumns(missions: readonly Pick<Mission, "id">[]): string[] {
  return [
    ...EXPORT_COLUMNS,
    ...missions.flatMap((m) => SITE_COLUMN_PARTS.map((p) => `${m.id}__${p}`)),
  ];
}

/** Layer ids → the names to write (imported layers' file names); other ids are written as they are. */
export type LayerNames = Readonly<Record<string, string>>;

/**
 * What the `layer` column says for a record: its imported layer's file name when `names` has it,
 * else the layer id ("builtin" for the shipped data). Pure.
 */
export function layerLabel(
  r: { readonly layerId?: string | undefined },
  names?: LayerNames,
): string {
  const id = layerOf(r);
  return (Object.hasOwn(names ?? {}, id) ? names?.[id] : undefined) ?? id;
}

const round = (m: number | undefined) => (m === undefined ? "" : round1(m));

/**
 * One row per strike: its provenance, layer (file name, see layerLabel), nearest mission and — for EVERY mission — the exact
 * geodesic distance (0.1 m), the uncertainty interval and the bearing from the site to the strike
 * (degrees clockwise from north, 0.1°). Coordinates stay `[lng, lat]` as in the data. Pure.
 */
export function strikeExportRows(
  strikes: readonly Strike[],
  missions: readonly Mission[],
  layerNames?: LayerNames,
): ExportRow[] {
  return strikes.map((s) => {
    const distances = exportSiteDistances(s, missions);
    const nearest = distances[0];
    const row: ExportRow = {
      id: s.id,
      name: s.name.en,
      time: s.time,
      time_precision: s.timePrecision,
      weapon_class: s.weaponClass,
      weapon_text: s.weaponText,
      lng: s.lngLat[0],
      lat: s.lngLat[1],
      location_precision: s.locationPrecision,
      uncertainty_m: s.uncertaintyM,
      confidence: s.confidence,
      layer: layerLabel(s, layerNames),
      nearest_mission_id: nearest?.missionId ?? "",
      nearest_distance_m: nearest?.distanceM ?? "",
      nearest_min_m: nearest?.minM ?? "",
      nearest_max_m: nearest?.maxM ?? "",
      disputed: s.disputed.map((d) => `${d.what} (${d.by})`).join("; "),
      sources: s.sources.map((x) => x.url).join(" "),
    };
    for (const d of distances) {
      row[`${d.missionId}__distance_m`] = d.distanceM;
      row[`${d.missionId}__min_m`] = d.minM;
      row[`${d.missionId}__max_m`] = d.maxM;
      row[`${d.missionId}__bearing_deg`] = d.bearingFromSiteDeg;
    }
    return row;
  });
}

/** A CSV cell: quoted when needed; text starting with = + - @ tab or CR is prefixed with '. Pure. */
export function csvCell(value: string | number | undefined): string {
  let text = String(value ?? "");
  // A cell starting with = + - @ would run as a formula in a spreadsheet; quote it as text.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const table = (columns: readonly string[], rows: readonly ExportRow[]) => [
  columns.join(","),
  ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(",")),
];

/**
 * RFC 4180 CSV (CRLF line ends) with a header row, safe to open in a spreadsheet. Without `missions`
 * only the fixed columns are written. Pure.
 */
export function toCsv(rows: readonly ExportRow[], missions: readonly Mission[] = []): string {
  return `${table(exportColumns(missions), rows).join("\r\n")}\r\n`;
}

/** Rows of the sites section: id, names, kind, position and provenance. Pure. */
export function siteExportRows(missions: readonly Mission[], layerNames?: LayerNames): ExportRow[] {
  return missions.map((m) => ({
    id: m.id,
    name: m.name.en,
    name_uk: m.name.uk ?? "",
    name_az: m.name.az ?? "",
    kind: m.kind,
    lng: m.lngLat[0],
    lat: m.lngLat[1],
    location_precision: m.locationPrecision,
    uncertainty_m: m.uncertaintyM,
    confidence: m.confidence,
    layer: layerLabel(m, layerNames),
    disputed: m.disputed.map((d) => `${d.what} (${d.by})`).join("; "),
    sources: m.sources.map((x) => x.url).join(" "),
  }));
}

const SITE_COLUMNS = [
  "id",
  "name",
  "name_uk",
  "name_az",
  "kind",
  "lng",
  "lat",
  "location_precision",
  "uncertainty_m",
  "confidence",
  "layer",
  "disputed",
  "sources",
];

/**
 * The complete CSV export: `#` metadata lines (dataset version, window with zone, filters,
 * permalink), the strikes table, then a `# sites` section and, when there is one, a
 * `# measurement` section (one row per vertex with the cumulative geodesic distance). Pure.
 */
export function toFullCsv(
  meta: ExportMeta,
  strikes: readonly Strike[],
  missions: readonly Mission[],
  measure?: ExportMeasure | undefined,
): string {
  const lines = metaPairs(meta).map(([k, v]) => `# ${k}: ${v.replace(/[\r\n]+/g, " ")}`);
  lines.push(`# strikes: ${strikes.length}`);
  lines.push(
    ...table(exportColumns(missions), strikeExportRows(strikes, missions, meta.layerNames)),
  );
  const sites = siteExportRows(missions, meta.layerNames);
  lines.push("", `# sites: ${missions.length}`, ...table(SITE_COLUMNS, sites));
  if (measure) {
    lines.push("", `# measurement: ${round(measure.totalM)} m geodesic`);
    lines.push("vertex,lng,lat");
    measure.points.forEach(([lng, lat], i) => {
      lines.push(`${i + 1},${lng},${lat}`);
    });
  }
  return `${lines.join("\r\n")}\r\n`;
}
