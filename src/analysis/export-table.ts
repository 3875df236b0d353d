import type { Mission, Strike } from "@/domain/types";
import { strikeMissionDistances } from "./proximity";

/** Column order of the strike export; units are in the names. */
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
  "nearest_mission_id",
  "nearest_distance_m",
  "nearest_min_m",
  "nearest_max_m",
  "disputed",
  "sources",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number>;

/**
 * One row per strike with its nearest mission (exact geodesic distance in metres, rounded to
 * 0.1 m, and the uncertainty interval). Coordinates stay `[lng, lat]` as in the data. Pure.
 */
export function strikeExportRows(
  strikes: readonly Strike[],
  missions: readonly Mission[],
): ExportRow[] {
  return strikes.map((s) => {
    const nearest = strikeMissionDistances(s, missions)[0];
    const round = (m: number | undefined) => (m === undefined ? "" : Math.round(m * 10) / 10);
    return {
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
      nearest_mission_id: nearest?.missionId ?? "",
      nearest_distance_m: round(nearest?.distanceM),
      nearest_min_m: round(nearest?.minM),
      nearest_max_m: round(nearest?.maxM),
      disputed: s.disputed.map((d) => `${d.what} (${d.by})`).join("; "),
      sources: s.sources.map((x) => x.url).join(" "),
    };
  });
}

/** One CSV cell: quoted when needed, and a leading = + - @ neutralised so no spreadsheet runs it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet; quote it as text.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends) with a header row, safe to open in a spreadsheet. Pure. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(",")];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
