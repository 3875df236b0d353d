import {
  readCheckedDatasetInfo,
  readCheckedDatasetVersion,
  readCheckedEvents,
  readCheckedMissions,
  readCheckedStrikes,
} from "@/domain/checked-geo";
import { crossCheck } from "@/domain/cross-check";
import type { DatasetInfo } from "@/domain/parse-geo";
import type { DiplomaticEvent, Mission, ParseIssue, ParseResult, Strike } from "@/domain/types";
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

/** How one kind of file becomes records, and what it says about the data set. */
interface Reader<T> {
  readonly parse: (json: unknown, file: string) => ParseResult<T>;
  readonly version: (json: unknown) => string | undefined;
  readonly info: (json: unknown) => DatasetInfo | undefined;
}
interface Readers {
  readonly missions: Reader<Mission>;
  readonly strikes: Reader<Strike>;
  readonly events: Reader<DiplomaticEvent>;
}

const CHECKED: Readers = {
  missions: {
    parse: readCheckedMissions,
    version: readCheckedDatasetVersion,
    info: readCheckedDatasetInfo,
  },
  strikes: {
    parse: readCheckedStrikes,
    version: readCheckedDatasetVersion,
    info: readCheckedDatasetInfo,
  },
  events: {
    parse: readCheckedEvents,
    version: readCheckedDatasetVersion,
    info: readCheckedDatasetInfo,
  },
};

/** The zod-validating parsers, fetched only for a file the build did not check (a link's own). */
async function validating(): Promise<Readers> {
  const p = await import("@/domain/parse-geo");
  const common = { version: p.parseDatasetVersion, info: p.parseDatasetInfo };
  return {
    missions: { parse: p.parseMissions, ...common },
    strikes: { parse: p.parseStrikes, ...common },
    events: { parse: p.parseDiplomaticEvents, ...common },
  };
}

/**
 * The records of one file and the reader that made them: a bundled file's are mapped as the build
 * checked them, any other file is validated (as is a bundled one whose shape is not the checked one).
 */
async function parseOrReport<T>(
  read: FileRead,
  file: GeoFile,
  checked: Reader<T>,
  validated: () => Promise<Reader<T>>,
): Promise<{ result: ParseResult<T>; reader: Reader<T> }> {
  if (read.issue) return { result: { items: [], issues: [read.issue] }, reader: checked };
  if (file.checkedAtBuild) {
    try {
      return { result: checked.parse(read.json, file.name), reader: checked };
    } catch {
      // Not the shape the build checked (a file replaced on the server): validate it instead.
    }
  }
  const reader = await validated();
  return { result: reader.parse(read.json, file.name), reader };
}

/**
 * Fetches and parses the three geo files: the bundled ones (`checkedAtBuild`) are mapped as the
 * build checked them, any other is validated with the zod schema (loaded only then). Never rejects: a missing or malformed file yields no items
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
  const [mp, sp, ep] = await Promise.all([
    parseOrReport(m, urls.missions, CHECKED.missions, async () => (await validating()).missions),
    parseOrReport(s, urls.strikes, CHECKED.strikes, async () => (await validating()).strikes),
    parseOrReport(e, urls.events, CHECKED.events, async () => (await validating()).events),
  ]);
  const [missions, strikes, events] = [mp.result, sp.result, ep.result];
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
    datasetVersion: sp.reader.version(s.json) ?? mp.reader.version(m.json),
    datasetInfo: sp.reader.info(s.json) ?? mp.reader.info(m.json),
  };
}
