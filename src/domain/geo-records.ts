/**
 * The curated files' records (snake_case, as on disk) mapped to the camelCase domain types.
 * No validation here and no zod: ./parse-geo validates first and then maps with these, and
 * ./checked-geo maps the bundled files, which the build already checked, with the same code.
 */
import type { DiplomaticEventRecord, MissionFeature, StrikeFeature } from "./schema";
import type { DiplomaticEvent, Mission, SourceRef, Strike } from "./types";

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

const byTimeThenId = (a: { tMs: number; id: string }, b: { tMs: number; id: string }) =>
  a.tMs - b.tMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Missions in the given order with mapId = position + 1. Never mutates its input. */
export function missionsOf(features: readonly MissionFeature[]): Mission[] {
  return features.map((f, i): Mission => {
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
}

/**
 * Strikes sorted by time ascending (ties by id), mapId = index + 1 after sorting, tMs from the
 * ISO time. Never mutates its input.
 */
export function strikesOf(features: readonly StrikeFeature[]): Strike[] {
  const sorted = features
    .map((f) => ({ f, id: f.id, tMs: Date.parse(f.properties.time) }))
    .sort(byTimeThenId);
  return sorted.map(({ f, tMs }, i): Strike => {
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
}

/** Diplomatic events sorted by time ascending (ties by id). Never mutates its input. */
export function eventsOf(records: readonly DiplomaticEventRecord[]): DiplomaticEvent[] {
  return records
    .map(
      (e): DiplomaticEvent => ({
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
    .sort(byTimeThenId);
}
