/**
 * Delimited text (CSV, TSV, semicolon, pipe) → Table, with papaparse. The delimiter is the one the
 * header line uses most (headers rarely contain one); decimal commas are read by the value parser.
 * Row numbers are as a spreadsheet shows them: the header is row 1.
 */
import Papa from "papaparse";
import type { Table } from "./table";
import type { ImportProblem } from "./types";

const DELIMITERS = ["\t", ";", "|", ","] as const;

/** The delimiter of a delimited text, judged by its first line. Pure. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const first = end < 0 ? text : text.slice(0, end);
  let best: string = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = first.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Unique, non-empty header names ("" → "column 3", a repeat → "name (2)"). */
function cleanHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export interface CsvTable {
  readonly table: Table;
  readonly delimiter: string;
  readonly problems: readonly ImportProblem[];
}

/** Parses delimited `text` into a Table; malformed rows become problems, never exceptions. */
export function parseDelimited(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const problems: ImportProblem[] = [];
  const [head = [], ...body] = parsed.data;
  const headers = cleanHeaders(head);
  const broken = new Set<number>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.row === null) continue;
    broken.add(e.row);
    const reason =
      e.code === "MissingQuotes"
        ? "a quoted value is never closed, so the rest of the file may be swallowed into it"
        : e.message;
    problems.push({ severity: "error", row: e.row + 1, reason: `${reason}.` });
  }
  const rows = body.map((cells, i) => {
    if (broken.has(i + 1)) return [];
    const extra = cells.slice(headers.length).some((c) => c.trim() !== "");
    if (extra) {
      problems.push({
        severity: "error",
        row: i + 2,
        reason: `the row has ${cells.length} values but the header has ${headers.length} (an unquoted “${delimiter === "\t" ? "tab" : delimiter}” inside a value?).`,
      });
      return [];
    }
    return cells;
  });
  return {
    delimiter,
    problems,
    table: {
      headers,
      rows,
      locate: (i) => ({ row: i + 2 }),
      fallbackId: (i) => `row-${i + 2}`,
    },
  };
}
