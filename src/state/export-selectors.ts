import { type ExportMeasure, type ExportMeta, measureOf } from "@/analysis/export-meta";
import { describeFilters } from "@/analysis/strike-filter";
import { formatDateTime, utcOffsetLabel } from "@/lib/format";
import { selectDataProvenance } from "./provenance";
import { selectMissionsById } from "./selectors";
import type { AppState } from "./store";
import { selectTimeZone } from "./time-selectors";

/** "13 Nov 2025, 18:00 – 14 Nov 2025, 06:00 (Europe/Kyiv, UTC+02:00)": the window with its zone. */
export function windowText(s: AppState): string {
  const zone = selectTimeZone(s);
  const { startMs, endMs } = s.timeWindow;
  return `${formatDateTime(startMs, zone)} – ${formatDateTime(endMs, zone)} (${zone}, UTC${utcOffsetLabel(startMs, zone)})`;
}

/** The filters in words, with site names. */
export function filtersText(s: AppState): string {
  const byId = selectMissionsById(s);
  return describeFilters(s.filters, (id) => byId.get(id)?.name.en ?? id);
}

/** What every export and the saved image say about themselves. */
export function exportMetaOf(s: AppState, permalink: string): ExportMeta {
  return {
    title: "Nearmiss: strikes near Azerbaijan's missions and sites in Ukraine",
    datasetVersion: s.datasetVersion ?? "unknown",
    licence: licenceOf(s),
    window: windowText(s),
    filters: filtersText(s),
    permalink,
    dataSource: dataSourceOf(s),
    layerNames: Object.fromEntries(s.layers.map((l) => [l.id, l.fileName])),
  };
}

/**
 * The built-in data's licence; with imported layers on show, also that their records are the
 * user's own data, which that licence does not cover: in a table "rows … (see the layer column)",
 * in a picture (`where: "image"`) "records on the map".
 */
export function licenceOf(s: AppState, where: "table" | "image" = "table"): string {
  const licence = s.datasetInfo?.licence ?? "see geo/README.md";
  if (!s.layers.some((l) => l.visible)) return licence;
  const theirs =
    where === "table"
      ? "rows from imported files (see the layer column)"
      : "imported records on the map";
  return `${licence} (built-in data); ${theirs} are the user's own data, not covered by it`;
}

/** Names a link's data file in every export; undefined for the bundled data set. */
function dataSourceOf(s: AppState): string | undefined {
  const provenance = selectDataProvenance(s);
  return provenance.bundled ? undefined : provenance.text;
}

/** The measured path as drawn, if it has two points or more. */
export function exportMeasureOf(s: AppState): ExportMeasure | undefined {
  return measureOf(s.measurePoints.map((p) => p.lngLat));
}
