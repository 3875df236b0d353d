import type { I18n } from "@/i18n/translator";
import type { ImportOutcome, ImportTarget } from "@/import/types";
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
