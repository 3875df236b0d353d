/** The downloadable error list of an import: one CSV row per problem, safe to open in a spreadsheet. */
import { csvCell } from "@/analysis/export-table";
import type { ImportOutcome } from "./types";

const COLUMNS = ["file", "severity", "row", "feature_index", "path", "reason"] as const;

/** RFC 4180 CSV (CRLF) of `outcome.problems`, formula-safe (shared csvCell). Pure. */
export function problemsCsv(outcome: ImportOutcome): string {
  const lines = [COLUMNS.join(",")];
  for (const p of outcome.problems) {
    lines.push(
      [outcome.fileName, p.severity, p.row ?? "", p.featureIndex ?? "", p.path ?? "", p.reason]
        .map((v) => csvCell(v))
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
