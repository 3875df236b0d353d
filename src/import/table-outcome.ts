/** A Table → an ImportOutcome: detect (or take) the mapping, ask when unsure, build the records. */
import { detectColumns, headerSignature } from "./columns";
import { tableToRecords } from "./records";
import type { Table } from "./table";
import type { ImportFormat, ImportOutcome, ImportProblem, ImportSettings } from "./types";

export interface TableJob {
  readonly fileName: string;
  readonly format: ImportFormat;
  readonly table: Table;
  readonly settings: ImportSettings;
  /** Problems found before the rows (parse errors, encoding notes). */
  readonly problems: readonly ImportProblem[];
  readonly onProgress?: ((fraction: number) => void) | undefined;
}

const where = (p: ImportProblem): number => p.row ?? p.featureIndex ?? -1;

/** Problems in file order (file-level ones first); stable, so a row's error precedes its notes. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => where(a) - where(b));
}

/** Runs detection and record building for one table. Pure apart from `onProgress`. */
export function tableOutcome(job: TableJob): ImportOutcome {
  const { table, settings, fileName, format } = job;
  const hasGeometry = table.points !== undefined;
  let mapping = settings.mapping;
  if (!mapping) {
    const found = detectColumns(table.headers, table.rows, settings.target, hasGeometry);
    if (found.reasons.length > 0 && table.headers.length > 0) {
      return {
        fileName,
        format,
        totalRows: table.rows.length,
        strikes: [],
        missions: [],
        problems: job.problems,
        needsMapping: {
          headers: table.headers,
          previewRows: table.rows.filter((r) => r.some((v) => v.trim() !== "")).slice(0, 5),
          guess: found.mapping,
          reasons: found.reasons,
          signature: headerSignature(table.headers),
          hasGeometry,
        },
      };
    }
    mapping = found.mapping;
  }
  const records = tableToRecords(table, mapping, settings, fileName, job.onProgress);
  return {
    fileName,
    format,
    totalRows: records.totalRows,
    strikes: records.strikes,
    missions: records.missions,
    problems: sortProblems([...job.problems, ...records.problems]),
    mapping,
  };
}
