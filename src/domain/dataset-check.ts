/**
 * Whole-data-set checks: RFC 7946 on the raw text, the zod schema per record, and the rules
 * that span files (./cross-check, one version). Used by the build (scripts/vite-plugin-geo-check)
 * and by test/data/geo-files.test.ts.
 */
import { crossCheck } from "./cross-check";
import { validateGeoJsonText } from "./geojson-check";
import {
  parseDatasetVersion,
  parseDiplomaticEvents,
  parseMissions,
  parseStrikes,
} from "./parse-geo";
import type { DiplomaticEvent, Mission, ParseIssue, Strike } from "./types";

export interface DatasetFile {
  /** Name shown in issues, e.g. "geo/strikes.geojson". */
  readonly file: string;
  readonly text: string;
}

export interface DatasetTexts {
  readonly missions: DatasetFile;
  readonly strikes: DatasetFile;
  readonly events: DatasetFile;
}

export interface CheckedDataset {
  readonly missions: readonly Mission[];
  readonly strikes: readonly Strike[];
  readonly events: readonly DiplomaticEvent[];
  readonly datasetVersion: string | undefined;
  readonly issues: readonly ParseIssue[];
}

/** Parses JSON text; on failure records an issue and returns undefined. */
function parseJson(f: DatasetFile, issues: ParseIssue[]): unknown {
  try {
    return JSON.parse(f.text);
  } catch (error) {
    issues.push({ file: f.file, path: "", message: `invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/**
 * Runs every check on the three files' text and returns the parsed records with all issues.
 * The data set's version is the missions file's; a differing version elsewhere is an issue.
 * Never throws.
 */
export function checkDataset(texts: DatasetTexts): CheckedDataset {
  const issues: ParseIssue[] = [];
  issues.push(...validateGeoJsonText(texts.missions.text, texts.missions.file));
  issues.push(...validateGeoJsonText(texts.strikes.text, texts.strikes.file));
  const mJson = parseJson(texts.missions, issues);
  const sJson = parseJson(texts.strikes, issues);
  const eJson = parseJson(texts.events, issues);
  // A file that is not JSON already has its issue; parsing `undefined` would only repeat it.
  const empty = { items: [], issues: [] };
  const missions = mJson === undefined ? empty : parseMissions(mJson, texts.missions.file);
  const strikes = sJson === undefined ? empty : parseStrikes(sJson, texts.strikes.file);
  const events = eJson === undefined ? empty : parseDiplomaticEvents(eJson, texts.events.file);
  issues.push(...missions.issues, ...strikes.issues, ...events.issues);
  const files = {
    missions: texts.missions.file,
    strikes: texts.strikes.file,
    events: texts.events.file,
  };
  issues.push(...crossCheck(missions.items, strikes.items, events.items, files));
  const datasetVersion = parseDatasetVersion(mJson);
  for (const [json, f] of [
    [sJson, texts.strikes],
    [eJson, texts.events],
  ] as const) {
    const v = parseDatasetVersion(json);
    if (v !== undefined && v !== datasetVersion) {
      issues.push({
        file: f.file,
        path: "version",
        message: `version ${v} differs from ${datasetVersion}`,
      });
    }
  }
  return {
    missions: missions.items,
    strikes: strikes.items,
    events: events.items,
    datasetVersion,
    issues,
  };
}
