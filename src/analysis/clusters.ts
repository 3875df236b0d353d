/**
 * Per-cluster summaries of a DBSCAN result for the map and the exports: size, time span, centroid,
 * optional convex hull (Turf) and the nearest mission (geographiclib).
 */
import { convex, featureCollection, point } from "@turf/turf";
import type { LngLat } from "@/domain/types";
import type { PointColumns } from "./columns";
import type { DbscanResult } from "./dbscan";
import { InvalidArgumentError } from "./errors";
import { type MissionLike, nearestMission } from "./proximity";

export interface ClusterSummary {
  readonly id: number;
  readonly count: number;
  /** Points with ≥ minPoints neighbours (textbook core points). */
  readonly coreCount: number;
  /** Indices of the member strikes in the caller's numbering (local index + indexOffset). */
  readonly strikeIndices: readonly number[];
  /** Earliest and latest member time (epoch ms, both inclusive); NaN without times. */
  readonly startMs: number;
  readonly endMs: number;
  /** Arithmetic mean of member longitudes and latitudes (clusters never span the antimeridian). */
  readonly centroid: LngLat;
  /** Convex hull ring (closed, `[lng, lat]`), when requested and the members span an area. */
  readonly hull?: [number, number][] | undefined;
  /** Mission nearest to the centroid (geodesic), when missions were given. */
  readonly nearestMissionId?: string | undefined;
  readonly nearestMissionDistanceM?: number | undefined;
}

export interface SummarizeOptions {
  /** Instants of the clustered points (same rows as `points`), for the time span. */
  readonly tMs?: ArrayLike<number>;
  readonly missions?: readonly MissionLike[];
  /** Compute convex hulls (Turf). Default false. */
  readonly hull?: boolean;
  /** Added to every index in `strikeIndices` (the window's `lo` when clustering a slice). */
  readonly indexOffset?: number;
}

/**
 * One summary per cluster, in cluster-id order. `points` must be the columns `result` was
 * computed from (same length). Hulls are omitted for clusters whose members are all on one line
 * or one spot. Throws InvalidArgumentError when lengths differ. Never mutates its inputs.
 */
export function summarizeClusters(
  result: DbscanResult,
  points: PointColumns,
  options: SummarizeOptions = {},
): ClusterSummary[] {
  const n = result.clusterIds.length;
  if (points.lng.length !== n || (options.tMs && options.tMs.length !== n)) {
    throw new InvalidArgumentError("points", "must have the same rows as the DBSCAN result");
  }
  const offset = options.indexOffset ?? 0;
  const members: number[][] = Array.from({ length: result.clusterCount }, () => []);
  for (let i = 0; i < n; i++) {
    const c = result.clusterIds[i] as number;
    if (c >= 0) members[c]?.push(i);
  }
  return members.map((rows, id): ClusterSummary => {
    let sumLng = 0;
    let sumLat = 0;
    let startMs = Number.POSITIVE_INFINITY;
    let endMs = Number.NEGATIVE_INFINITY;
    let coreCount = 0;
    for (const i of rows) {
      sumLng += points.lng[i] as number;
      sumLat += points.lat[i] as number;
      coreCount += result.isCore[i] as number;
      if (options.tMs) {
        const t = options.tMs[i] as number;
        if (t < startMs) startMs = t;
        if (t > endMs) endMs = t;
      }
    }
    const centroid: LngLat = [sumLng / rows.length, sumLat / rows.length];
    const nearest = options.missions ? nearestMission(centroid, options.missions) : undefined;
    return {
      id,
      count: rows.length,
      coreCount,
      strikeIndices: rows.map((i) => i + offset),
      startMs: options.tMs ? startMs : Number.NaN,
      endMs: options.tMs ? endMs : Number.NaN,
      centroid,
      hull: options.hull ? hullOf(rows, points) : undefined,
      nearestMissionId: nearest?.missionId,
      nearestMissionDistanceM: nearest?.distanceM,
    };
  });
}

function hullOf(rows: readonly number[], points: PointColumns): [number, number][] | undefined {
  if (rows.length < 3) return undefined;
  const fc = featureCollection(
    rows.map((i) => point([points.lng[i] as number, points.lat[i] as number])),
  );
  const poly = convex(fc);
  const ring = poly?.geometry.coordinates[0];
  if (!ring || ring.length < 4) return undefined;
  return ring.map((p): [number, number] => [p[0] as number, p[1] as number]);
}
