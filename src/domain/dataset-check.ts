/**
 * Whole-data-set checks: RFC 7946 on the raw text, the zod schema per record, and the rules
 * that span files (unique ids, references that resolve, one version). Used by the app's loader
 * and by test/data/geo-files.test.ts.
 */
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
 * Rules across files: ids unique over all three files, every strike's mission_ids and every
 * event's strike_ids resolve. Pure: returns new issues, mutates nothing.
 */
export function crossCheck(
  missions: readonly Mission[],
  strikes: readonly Strike[],
  events: readonly DiplomaticEvent[],
  files: { missions: string; strikes: string; events: string },
): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const owner = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const first = owner.get(id);
    if (first === undefined) owner.set(id, file);
    else issues.push({ file, path: `id ${id}`, message: `id "${id}" is also used in ${first}` });
  };
  for (const m of missions) claim(m.id, files.missions);
  for (const s of strikes) claim(s.id, files.strikes);
  for (const e of events) claim(e.id, files.events);
  const missionIds = new Set(missions.map((m) => m.id));
  const strikeIds = new Set(strikes.map((s) => s.id));
  for (const s of strikes) {
    for (const id of s.missionIds) {
      if (!missionIds.has(id)) {
        issues.push({
          file: files.strikes,
          path: `id ${s.id}/mission_ids`,
          message: `unknown mission "${id}"`,
        });
      }
    }
  }
  for (const e of events) {
    for (const id of e.strikeIds) {
      if (!strikeIds.has(id)) {
        issues.push({
          file: files.events,
          path: `id ${e.id}/strike_ids`,
          message: `unknown strike "${id}"`,
        });
      }
    }
  }
  return issues;
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
