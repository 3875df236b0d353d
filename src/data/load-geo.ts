import { crossCheck } from "@/domain/dataset-check";
import {
  parseDatasetInfo,
  parseDatasetVersion,
  parseDiplomaticEvents,
  parseMissions,
  parseStrikes,
} from "@/domain/parse-geo";
import type { ParseIssue, ParseResult } from "@/domain/types";
import type { GeoFile, GeoFileUrls } from "./geo-urls";

type Fetcher = (url: string) => Promise<{
  ok: boolean;
  status: number;
  headers?: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** Data files larger than this are refused before parsing (the bundled set is well under 1 MB; a
 * 100k-strike file, the size the time slider is built and benchmarked for, is about 75 MB). */
export const MAX_DATA_FILE_BYTES = 128 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const tooLarge = (file: string, bytes: number): ParseIssue => ({
  file,
  path: "",
  message: `is ${megabytes(bytes)}, over the ${megabytes(MAX_DATA_FILE_BYTES)} limit for a data file, so it was not loaded`,
});

const browserFetch: Fetcher = (url) => fetch(url);

interface FileRead {
  readonly json: unknown;
  readonly issue: ParseIssue | undefined;
}

async function readJson(fetcher: Fetcher, url: string, file: string): Promise<FileRead> {
  let text: string;
  try {
    const response = await fetcher(url);
    if (!response.ok) {
      return { json: undefined, issue: { file, path: "", message: `HTTP ${response.status}` } };
    }
    const declared = Number(response.headers?.get("content-length") ?? Number.NaN);
    if (declared > MAX_DATA_FILE_BYTES) return { json: undefined, issue: tooLarge(file, declared) };
    text = await response.text();
    // Without a declared length (chunked, compressed), the text itself is checked (UTF-16 units ≈ bytes).
    if (text.length > MAX_DATA_FILE_BYTES)
      return { json: undefined, issue: tooLarge(file, text.length) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      json: undefined,
      issue: { file, path: "", message: `could not be read (${message})` },
    };
  }
  try {
    return { json: JSON.parse(text), issue: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { json: undefined, issue: { file, path: "", message: `is not valid JSON: ${message}` } };
  }
}

function parseOrReport<T>(
  read: FileRead,
  file: string,
  parse: (json: unknown, file: string) => ParseResult<T>,
): ParseResult<T> {
  if (read.issue) return { items: [], issues: [read.issue] };
  return parse(read.json, file);
}

/**
 * Fetches and parses the three geo files. Never rejects: a missing or malformed file yields no items
 * and an issue naming the file, and the other files still load.
 */
export async function loadGeo(urls: GeoFileUrls, fetcher: Fetcher = browserFetch) {
  const names = {
    missions: urls.missions.name,
    strikes: urls.strikes.name,
    events: urls.events.name,
  };
  const read = (file: GeoFile) => readJson(fetcher, file.url, file.name);
  const [m, s, e] = await Promise.all([read(urls.missions), read(urls.strikes), read(urls.events)]);
  const missions = parseOrReport(m, names.missions, parseMissions);
  const strikes = parseOrReport(s, names.strikes, parseStrikes);
  const events = parseOrReport(e, names.events, parseDiplomaticEvents);
  return {
    missions: missions.items,
    strikes: strikes.items,
    events: events.items,
    issues: [
      ...missions.issues,
      ...strikes.issues,
      ...events.issues,
      // Cross-file references are only meaningful when every file could be read.
      ...(m.issue || s.issue || e.issue
        ? []
        : crossCheck(missions.items, strikes.items, events.items, names)),
    ],
    overrides: (["missions", "strikes", "events"] as const).flatMap((kind) =>
      urls[kind].overridden ? [{ kind, name: urls[kind].name }] : [],
    ),
    failedFiles: [
      ...(m.issue ? [names.missions] : []),
      ...(s.issue ? [names.strikes] : []),
      ...(e.issue ? [names.events] : []),
    ],
    datasetVersion: parseDatasetVersion(s.json) ?? parseDatasetVersion(m.json),
    datasetInfo: parseDatasetInfo(s.json) ?? parseDatasetInfo(m.json),
  };
}
