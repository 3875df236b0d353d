/**
 * The export writers behind the export bar, in their own chunk: fetched with the first export,
 * not in the first script (none of them is needed to show the page).
 */
import { toGeoJson } from "@/analysis/export-geojson";
import { toKml } from "@/analysis/export-kml";
import type { ExportMeasure, ExportMeta } from "@/analysis/export-meta";
import { toFullCsv } from "@/analysis/export-table";
import type { Mission, Strike } from "@/domain/types";

/** The file formats the export bar writes. */
export type ExportKind = "CSV" | "GeoJSON" | "KML";

/** What is shown, as the writers take it. */
export interface ShownData {
  readonly meta: ExportMeta;
  readonly strikes: readonly Strike[];
  readonly missions: readonly Mission[];
  readonly measure?: ExportMeasure | undefined;
}

/** The file for `kind`: its extension, MIME type and text. Pure. */
export function exportFile(
  kind: ExportKind,
  { meta, strikes, missions, measure }: ShownData,
): { readonly ext: string; readonly type: string; readonly text: string } {
  if (kind === "CSV")
    return {
      ext: "csv",
      type: "text/csv;charset=utf-8",
      text: toFullCsv(meta, strikes, missions, measure),
    };
  if (kind === "KML")
    return {
      ext: "kml",
      type: "application/vnd.google-earth.kml+xml",
      text: toKml(meta, strikes, missions, measure),
    };
  return {
    ext: "geojson",
    type: "application/geo+json",
    text: `${JSON.stringify(toGeoJson(meta, strikes, missions, measure), null, 1)}\n`,
  };
}
