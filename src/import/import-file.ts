/**
 * The import pipeline's entry: bytes or pasted text → ImportOutcome. Pure (no DOM, no store); runs
 * in the import worker and in Node. Never throws: every failure is a reported problem.
 */
import { parseDelimited } from "./csv";
import { decodeText } from "./decode";
import { unreadableFile } from "./file-kind";
import { geoJsonTable } from "./geojson";
import { jsonRecordsTable } from "./json-records";
import { isZip, sniffText } from "./sniff";
import { tableOutcome } from "./table-outcome";
import {
  type ImportFormat,
  type ImportOutcome,
  type ImportProblem,
  type ImportSettings,
  MAX_IMPORT_BYTES,
} from "./types";
import { kmlFromKmz, xmlTable } from "./xml";
import { isKnownZone } from "./zone-resolve";

type Progress = ((fraction: number) => void) | undefined;

function failed(
  fileName: string,
  format: ImportFormat,
  reason: string,
  extra: readonly ImportProblem[] = [],
): ImportOutcome {
  return {
    fileName,
    format,
    totalRows: 0,
    strikes: [],
    missions: [],
    problems: [...extra, { severity: "error", reason }],
  };
}

function formatOfName(fileName: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "geojson" || ext === "json") return "geojson";
  if (ext === "kml" || ext === "kmz" || ext === "gpx") return ext;
  return "csv";
}

/** JSON.parse that reports instead of throwing. */
function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `The file is not valid JSON: ${(error as Error).message}.` };
  }
}

function fromText(
  fileName: string,
  text: string,
  settings: ImportSettings,
  problems: ImportProblem[],
  onProgress: Progress,
): ImportOutcome {
  const format = sniffText(fileName, text);
  if (format === "csv") {
    const csv = parseDelimited(text);
    return tableOutcome({
      fileName,
      format,
      table: csv.table,
      settings,
      problems: [...problems, ...csv.problems],
      onProgress,
    });
  }
  if (format === "timemap") {
    const parsed = parseJson(text);
    if ("error" in parsed) return failed(fileName, format, parsed.error, problems);
    const json = jsonRecordsTable(parsed.value);
    if ("error" in json) return failed(fileName, format, json.error, problems);
    const notObjects = json.notObjects.map(
      (i): ImportProblem => ({
        severity: "error",
        featureIndex: i,
        path: json.table.locate(i).path,
        reason: "This entry is not a record (an object with fields).",
      }),
    );
    return tableOutcome({
      fileName,
      format,
      table: json.table,
      settings,
      problems: [...problems, ...notObjects],
      onProgress,
    });
  }
  if (format === "geojson") {
    const parsed = parseJson(text);
    if ("error" in parsed) return failed(fileName, format, parsed.error, problems);
    const root = parsed.value;
    const geo = geoJsonTable(text, root);
    if (!geo.table)
      return failed(fileName, format, "No features could be read.", [...problems, ...geo.problems]);
    return tableOutcome({
      fileName,
      format,
      table: geo.table,
      settings,
      problems: [...problems, ...geo.problems],
      onProgress,
    });
  }
  const xml = xmlTable(text, format === "gpx" ? "gpx" : "kml");
  if ("error" in xml) return failed(fileName, format, xml.error, problems);
  return tableOutcome({ fileName, format, table: xml.table, settings, problems, onProgress });
}

function checkSettings(
  fileName: string,
  format: ImportFormat,
  settings: ImportSettings,
): ImportOutcome | undefined {
  if (!isKnownZone(settings.zone))
    return failed(fileName, format, `“${settings.zone}” is not a time zone this browser knows.`);
  if (!(Number.isFinite(settings.defaultUncertaintyM) && settings.defaultUncertaintyM >= 0)) {
    return failed(fileName, format, "The default uncertainty must be a distance of 0 m or more.");
  }
  return undefined;
}

/** Imports a file's bytes; see the contract. Files over MAX_IMPORT_BYTES are refused unread. */
export async function importBytes(
  fileName: string,
  bytes: Uint8Array,
  settings: ImportSettings,
  onProgress?: (fraction: number) => void,
): Promise<ImportOutcome> {
  const format = isZip(bytes) ? "kmz" : formatOfName(fileName);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    return failed(
      fileName,
      format,
      `The file is ${mb(bytes.byteLength)}; files over ${mb(MAX_IMPORT_BYTES)} are not imported. Split it into smaller files.`,
    );
  }
  const unreadable = unreadableFile(bytes);
  if (unreadable) return failed(fileName, format, unreadable);
  const bad = checkSettings(fileName, format, settings);
  if (bad) return bad;
  try {
    if (format === "kmz") {
      const inner = kmlFromKmz(bytes);
      if ("error" in inner) return failed(fileName, format, inner.error);
      const xml = xmlTable(inner.text, "kml");
      if ("error" in xml) return failed(fileName, format, xml.error);
      return tableOutcome({
        fileName,
        format,
        table: xml.table,
        settings,
        problems: [],
        onProgress,
      });
    }
    const decoded = decodeText(bytes);
    const problems: ImportProblem[] = decoded.note
      ? [{ severity: "note", reason: decoded.note }]
      : [];
    onProgress?.(0.05);
    return fromText(fileName, decoded.text.replace(/^\uFEFF/, ""), settings, problems, onProgress);
  } catch (error) {
    return failed(
      fileName,
      format,
      `The importer stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}. Nothing from this file was imported.`,
    );
  }
}
