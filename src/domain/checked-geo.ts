/**
 * Readers for the bundled geo files, which the build has already checked with every rule of
 * ./dataset-check (scripts/vite-plugin-geo-check stops the build on any issue, and Vite names
 * each file by a hash of its content, so the page gets exactly what was checked). They map the
 * records with ./geo-records without validating again, so the start-up worker carries no zod.
 * They throw on a shape they cannot read; the loader then validates the file with ./parse-geo.
 */

import { eventsOf, missionsOf, strikesOf } from "./geo-records";
import type { DatasetInfo } from "./parse-geo";
import type { DiplomaticEventRecord, MissionFeature, StrikeFeature } from "./schema";
import type { DiplomaticEvent, Mission, ParseResult, Strike } from "./types";

function listIn<T>(json: unknown, key: "features" | "events"): T[] {
  const list = (json as Record<string, unknown> | null | undefined)?.[key];
  if (!Array.isArray(list)) throw new TypeError(`no ${key} array`);
  return list as T[];
}

/** A checked missions FeatureCollection as missions (file order, mapId = position + 1). */
export function readCheckedMissions(json: unknown): ParseResult<Mission> {
  return { items: missionsOf(listIn<MissionFeature>(json, "features")), issues: [] };
}

/** A checked strikes FeatureCollection as strikes (by time, then id; mapId after sorting). */
export function readCheckedStrikes(json: unknown): ParseResult<Strike> {
  return { items: strikesOf(listIn<StrikeFeature>(json, "features")), issues: [] };
}

/** A checked diplomatic-events file as events (by time, then id). */
export function readCheckedEvents(json: unknown): ParseResult<DiplomaticEvent> {
  return { items: eventsOf(listIn<DiplomaticEventRecord>(json, "events")), issues: [] };
}

type Described = { metadata?: Partial<DatasetInfo>; version?: unknown } | null | undefined;

/** A checked file's version: a FeatureCollection's `metadata.version` or the top-level one. */
export function readCheckedDatasetVersion(json: unknown): string | undefined {
  const obj = json as Described;
  const v = obj?.metadata ? obj.metadata.version : obj?.version;
  return typeof v === "string" ? v : undefined;
}

/** A checked FeatureCollection's `metadata` (title, licence, changelog); undefined without one. */
export function readCheckedDatasetInfo(json: unknown): DatasetInfo | undefined {
  const meta = (json as Described)?.metadata;
  if (!meta?.version || !meta.title || !meta.licence) return undefined;
  const { version, title, licence, changelog } = meta;
  return { version, title, licence, changelog: changelog ?? [] };
}
