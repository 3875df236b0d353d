/**
 * Parsers for the curated geo files: validate with the zod schema, map snake_case to the
 * camelCase domain types, skip bad records with an issue, never throw.
 */
import { eventsOf, missionsOf, strikesOf } from "./geo-records";
import { featuresOf, jsonTypeOf, validateEach, zodToIssues } from "./parse-helpers";
import {
  type DiplomaticEventRecord,
  datasetMetadataSchema,
  diplomaticEventSchema,
  diplomaticEventsFileSchema,
  isoDateSchema,
  missionFeatureSchema,
  strikeFeatureSchema,
} from "./schema";
import type { DiplomaticEvent, Mission, ParseIssue, ParseResult, Strike } from "./types";

/**
 * Parses geo/missions.geojson. Returns missions in file order with mapId = position + 1.
 * Never throws and never mutates `json`; invalid features are skipped with an issue.
 */
export function parseMissions(json: unknown, file: string): ParseResult<Mission> {
  const issues: ParseIssue[] = [];
  const features = featuresOf(json, file, issues) ?? [];
  const valid = validateEach(features, missionFeatureSchema, file, "features", issues);
  const items = missionsOf(valid.map((v) => v.value));
  return { items, issues };
}

/**
 * Parses geo/strikes.geojson: computes tMs from the ISO time, sorts by tMs ascending (ties by
 * id) and assigns mapId = index + 1 after sorting. Never throws; never mutates `json`.
 */
export function parseStrikes(json: unknown, file: string): ParseResult<Strike> {
  const issues: ParseIssue[] = [];
  const features = featuresOf(json, file, issues) ?? [];
  const valid = validateEach(features, strikeFeatureSchema, file, "features", issues);
  const items = strikesOf(valid.map((v) => v.value));
  return { items, issues };
}

/**
 * Parses geo/diplomatic-events.json ({version, events[]}); events sorted by tMs ascending
 * (ties by id). Never throws; never mutates `json`.
 */
export function parseDiplomaticEvents(json: unknown, file: string): ParseResult<DiplomaticEvent> {
  const issues: ParseIssue[] = [];
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    issues.push({ file, path: "", message: `expected a JSON object, got ${jsonTypeOf(json)}` });
    return { items: [], issues };
  }
  const env = diplomaticEventsFileSchema.safeParse(json);
  if (!env.success) issues.push(...zodToIssues(env.error, file, []));
  const rawEvents = (json as { events?: unknown }).events;
  const list = Array.isArray(rawEvents) ? rawEvents : [];
  const valid = validateEach<DiplomaticEventRecord>(
    list,
    diplomaticEventSchema,
    file,
    "events",
    issues,
  );
  const items = eventsOf(valid.map((v) => v.value));
  return { items, issues };
}

/**
 * The data set's version (YYYY-MM-DD) from a FeatureCollection's `metadata.version` or the
 * events file's top-level `version`; undefined when absent or malformed. Never throws.
 */
export function parseDatasetVersion(json: unknown): string | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const obj = json as { metadata?: { version?: unknown }; version?: unknown };
  const v = typeof obj.metadata === "object" && obj.metadata ? obj.metadata.version : obj.version;
  return isoDateSchema.safeParse(v).success ? (v as string) : undefined;
}

/** What a data file says about itself: title, licence and changelog (newest first as written). */
export interface DatasetInfo {
  readonly version: string;
  readonly title: string;
  readonly licence: string;
  readonly changelog: readonly { readonly version: string; readonly summary: string }[];
}

/** Reads a FeatureCollection's `metadata` member; undefined when absent or malformed. Never throws. */
export function parseDatasetInfo(json: unknown): DatasetInfo | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const parsed = datasetMetadataSchema.safeParse((json as { metadata?: unknown }).metadata);
  if (!parsed.success) return undefined;
  const { version, title, licence, changelog } = parsed.data;
  return { version, title, licence, changelog: changelog ?? [] };
}
