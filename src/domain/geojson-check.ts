/** RFC 7946 structural check of raw GeoJSON text, via @placemarkio/check-geojson. */
import { getIssues, type HintIssue } from "@placemarkio/check-geojson";
import type { ParseIssue } from "./types";

/** 1-based line and column of a character offset in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Checks `text` against RFC 7946 (structure, positions, rings, bbox, forbidden members, invalid
 * JSON). Returns [] when valid; otherwise one issue per problem, with path "line L:C".
 * Never throws; reads nothing but its arguments.
 */
export function validateGeoJsonText(text: string, file: string): ParseIssue[] {
  let hints: HintIssue[];
  try {
    hints = getIssues(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ file, path: "", message: `not valid GeoJSON: ${message}` }];
  }
  return hints.map((hint) => {
    const { line, column } = lineColumn(text, hint.from);
    return { file, path: `line ${line}:${column}`, message: hint.message };
  });
}
