import type { I18n, MessageKey } from "@/i18n/translator";
import type {
  ColumnMapping,
  DateOrder,
  ImportOutcome,
  ImportProblem,
  ImportTarget,
} from "@/import/types";
import { sortStrikes } from "@/state/merge-layers";
import type { ImportedLayer } from "@/state/slices/layers-slice";

/** A file from the picker or a drop, or text the user pasted. */
export type ImportInput = File | { readonly name: string; readonly text: string };

let counter = 0;

/** A new layer id: short, unique in this browser, and free of ":" (ids are `layer:row`). */
export function newLayerId(nowMs: number = Date.now()): string {
  counter = (counter + 1) % 1296;
  return `imp${nowMs.toString(36)}${counter.toString(36).padStart(2, "0")}`;
}

/** Records an outcome brought in: strikes for a strikes file, sites for a sites file. */
export const importedCount = (o: ImportOutcome): number => o.strikes.length + o.missions.length;

/** A mapping field that names one column. */
export type MappedColumn = Exclude<keyof ColumnMapping, "links" | "dateOrder">;

/**
 * Every one-column field, in the mapping dialog's order and words (the dialog asks for them, the
 * summary names what they were read from): where a row is, then the rest.
 */
export const MAPPING_FIELDS: readonly (readonly [MappedColumn, MessageKey])[] = [
  ["lat", "mapping.lat"],
  ["lon", "mapping.lon"],
  ["latLon", "mapping.latLon"],
  ["wkt", "mapping.wkt"],
  ["date", "mapping.date"],
  ["time", "mapping.time"],
  ["name", "mapping.name"],
  ["description", "mapping.description"],
  ["weapon", "mapping.weapon"],
  ["uncertainty", "mapping.uncertainty"],
  ["id", "mapping.id"],
];

/** The date orders the dialog offers, with their words. */
export const DATE_ORDERS: readonly (readonly [DateOrder, MessageKey])[] = [
  ["dmy", "mapping.dmy"],
  ["mdy", "mapping.mdy"],
  ["ymd", "mapping.ymd"],
];

/**
 * Which column each field was read from, and the date order, so that a mapping found without
 * asking can be checked: "Read with: Latitude “lat”; …; day/month/year (31/12/2025)." Undefined
 * when nothing was read.
 */
export function readWithText(o: ImportOutcome, { t }: Pick<I18n, "t">): string | undefined {
  const m = o.mapping;
  if (!m) return undefined;
  const fields: string[] = [];
  if (!(m.lat || m.lon || m.latLon || m.wkt) && o.format !== "csv" && o.format !== "timemap")
    fields.push(t("mapping.fromGeometry"));
  for (const [key, label] of MAPPING_FIELDS) {
    const column = m[key];
    if (column) fields.push(`${t(label)} “${column}”`);
  }
  if (m.links && m.links.length > 0) fields.push(`${t("mapping.link")} “${m.links.join("”, “")}”`);
  const order = DATE_ORDERS.find(([o]) => o === m.dateOrder);
  if (order) fields.push(`${t("mapping.datesWritten")} ${t(order[1])}`);
  return fields.length > 0 ? t("import.readWith", { fields: fields.join("; ") }) : undefined;
}

/**
 * A note when `o` looks like a file already imported (a layer of the same file name, kind and row
 * count): imported again it is a second copy, and every record would show twice. Undefined
 * otherwise. The import goes ahead: the user may mean it (an updated file of the same size).
 */
export function duplicateNote(
  o: ImportOutcome,
  target: ImportTarget,
  layers: readonly ImportedLayer[],
): ImportProblem | undefined {
  const same = layers.find(
    (l) => l.fileName === o.fileName && l.target === target && l.rowCount === o.totalRows,
  );
  if (!same) return undefined;
  return {
    severity: "note",
    reason: `A file of this name with as many rows is already imported (layer “${same.fileName}”): this is a second copy, and its records show twice. Remove one under Data layers if that was not meant.`,
  };
}

/** "6,650 rows: 6,641 imported, 9 skipped" (features for GeoJSON/KML/GPX). */
export function summaryText(o: ImportOutcome, { t }: Pick<I18n, "t">): string {
  const unit = o.format === "csv" || o.format === "timemap" ? "row" : "feature";
  const imported = importedCount(o);
  const skipped = Math.max(0, o.totalRows - imported);
  return t("import.summary", { total: o.totalRows, unit, imported, skipped });
}

/** The layer an outcome becomes; strikes are sorted by time once, here. */
export function layerFromOutcome(
  o: ImportOutcome,
  layerId: string,
  target: ImportTarget,
  importedAtMs: number,
  zone?: string,
): ImportedLayer {
  return {
    id: layerId,
    fileName: o.fileName,
    target,
    importedAtMs,
    rowCount: o.totalRows,
    strikes: sortStrikes(o.strikes),
    missions: [...o.missions],
    problems: o.problems,
    visible: true,
    zone,
  };
}

/** "Row 12", "Feature 3", or "—" when a problem concerns the whole file. */
export function problemWhere(
  p: { row?: number | undefined; featureIndex?: number | undefined },
  { t }: Pick<I18n, "t">,
) {
  if (p.row !== undefined) return t("import.row", { n: p.row });
  if (p.featureIndex !== undefined) return t("import.feature", { n: p.featureIndex });
  return t("import.wholeFile");
}
