/**
 * Parsers for the curated geo files: validate with the zod schema, map snake_case to the
 * camelCase domain types, skip bad records with an issue, never throw.
 */
import { featuresOf, jsonTypeOf, validateEach, zodToIssues } from "./parse-helpers";
import {
  type DiplomaticEventRecord,
  datasetMetadataSchema,
  diplomaticEventSchema,
  diplomaticEventsFileSchema,
  isoDateSchema,
  type MissionFeature,
  missionFeatureSchema,
  type StrikeFeature,
  strikeFeatureSchema,
} from "./schema";
import type { DiplomaticEvent, Mission, ParseIssue, ParseResult, SourceRef, Strike } from "./types";

const sourcesOf = (
  s: readonly {
    url: string;
    publisher: string;
    date?: string | undefined;
    title: string;
    archive_url?: string | undefined;
  }[],
): SourceRef[] =>
  s.map(({ archive_url, ...x }) => (archive_url ? { ...x, archiveUrl: archive_url } : { ...x }));

const windowOf = (w: { start: string; end: string } | undefined) =>
  w ? { startMs: Date.parse(w.start), endMs: Date.parse(w.end) } : undefined;

function provenanceOf(p: MissionFeature["properties"] | StrikeFeature["properties"]) {
  return {
    confidence: p.confidence,
    locationPrecision: p.location_precision,
    uncertaintyM: p.uncertainty_m,
    locationMethod: p.location_method,
    sources: sourcesOf(p.sources),
    disputed: p.disputed.map((d) => ({ ...d })),
  };
}

/**
 * Parses geo/missions.geojson. Returns missions in file order with mapId = position + 1.
 * Never throws and never mutates `json`; invalid features are skipped with an issue.
 */
export function parseMissions(json: unknown, file: string): ParseResult<Mission> {
  const issues: ParseIssue[] = [];
  const features = featuresOf(json, file, issues) ?? [];
  const valid = validateEach(features, missionFeatureSchema, file, "features", issues);
  const items = valid.map(({ value: f }, i): Mission => {
    const p = f.properties;
    return {
      id: p.id,
      mapId: i + 1,
      name: { ...p.name },
      kind: p.kind,
      lngLat: [f.geometry.coordinates[0], f.geometry.coordinates[1]],
      address: p.address,
      description: p.description,
      flag: p.flag,
      ...provenanceOf(p),
    };
  });
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
  const sorted = valid
    .map(({ value: f }) => ({ f, tMs: Date.parse(f.properties.time) }))
    .sort((a, b) => a.tMs - b.tMs || (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0));
  const items = sorted.map(({ f, tMs }, i): Strike => {
    const p = f.properties;
    return {
      id: p.id,
      mapId: i + 1,
      name: { ...p.name },
      time: p.time,
      tMs,
      timePrecision: p.time_precision,
      timeWindow: windowOf(p.time_window),
      timeNote: p.time_note,
      weaponClass: p.weapon_class,
      weaponText: p.weapon_text,
      lngLat: [f.geometry.coordinates[0], f.geometry.coordinates[1]],
      description: p.description,
      damage: p.damage,
      casualties: { ...p.casualties },
      missionIds: [...p.mission_ids],
      reportedDistances: p.reported_distance?.map((d) => ({
        missionId: d.mission_id,
        minM: d.min_m,
        maxM: d.max_m,
        wording: d.wording,
      })),
      ...provenanceOf(p),
    };
  });
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
  const items = valid
    .map(
      ({ value: e }): DiplomaticEvent => ({
        id: e.id,
        title: e.title,
        kind: e.kind,
        time: e.time,
        tMs: Date.parse(e.time),
        timePrecision: e.time_precision,
        timeWindow: windowOf(e.time_window),
        description: e.description,
        confidence: e.confidence,
        sources: sourcesOf(e.sources),
        disputed: e.disputed.map((d) => ({ ...d })),
        strikeIds: [...e.strike_ids],
      }),
    )
    .sort((a, b) => a.tMs - b.tMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
