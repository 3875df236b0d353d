/**
 * Strike ↔ mission proximity: per-strike tables for the details panel (geographiclib) and the
 * bulk nearest-mission pass for 100k strikes (./nearest-screen: grid lookup, screening on the
 * auxiliary sphere, exact kernel for the few contested points, geographiclib for near-ties, then
 * the bulk kernel for the winners' distances), whose answer equals a brute-force geographiclib
 * argmin.
 */
import type { LngLat, Mission, Strike } from "@/domain/types";
import { type PointColumns, type PointsInput, termsOf, toPointColumns } from "./columns";
import { distanceInterval, geodesicInverse, normalizeBearingDeg } from "./geodesic";
import { nearestTargets } from "./nearest-screen";
import { makeTarget } from "./targets";
import { assertLngLat, assertNonNegative } from "./validate";

export type MissionLike = Pick<Mission, "id" | "lngLat" | "uncertaintyM">;
export type StrikePoint = Pick<Strike, "lngLat" | "uncertaintyM">;

export interface MissionDistance {
  readonly missionId: string;
  readonly distanceM: number;
  /** Initial bearing at the strike towards the mission, degrees clockwise from north. */
  readonly bearingDeg: number;
  /** Initial bearing at the mission towards the strike ("the strike was NE of the embassy"). */
  readonly bearingFromMissionDeg: number;
  /** Distance interval given both location uncertainties (see distanceInterval). */
  readonly minM: number;
  readonly maxM: number;
}

/**
 * Geodesic distance, bearings and uncertainty interval from `strike` to every mission, nearest
 * first (ties keep the missions' order). No missions gives `[]`. Throws InvalidCoordinateError /
 * InvalidArgumentError for bad coordinates or uncertainties. Never mutates its inputs.
 */
export function strikeMissionDistances(
  strike: StrikePoint,
  missions: readonly MissionLike[],
): MissionDistance[] {
  assertLngLat(strike.lngLat);
  assertNonNegative("strike.uncertaintyM", strike.uncertaintyM);
  const rows = missions.map((m): MissionDistance => {
    assertNonNegative("mission.uncertaintyM", m.uncertaintyM);
    const there = geodesicInverse(strike.lngLat, m.lngLat);
    const { minM, maxM } = distanceInterval(there.distanceM, strike.uncertaintyM, m.uncertaintyM);
    return {
      missionId: m.id,
      distanceM: there.distanceM,
      bearingDeg: there.initialBearingDeg,
      // The reverse geodesic leaves the mission opposite to the forward azimuth at arrival.
      bearingFromMissionDeg: normalizeBearingDeg(there.finalBearingDeg + 180),
      minM,
      maxM,
    };
  });
  return rows
    .map((r, i) => ({ r, i }))
    .sort((p, q) => p.r.distanceM - q.r.distanceM || p.i - q.i)
    .map((p) => p.r);
}

export interface NearestMissions {
  /** Index into `missions` of the nearest mission per point; -1 when there are no missions. */
  readonly index: Int32Array;
  /** Geodesic distance in metres to that mission; NaN when there are no missions. */
  readonly distanceM: Float64Array;
}

/**
 * For every point, the nearest mission by WGS84 geodesic distance and that distance. A grid
 * lookup settles most points; the rest are screened with rigorous auxiliary-sphere bounds (and,
 * for missions within 100 km of each other, a measured difference bound with a 5× margin), the
 * survivors measured with the exact kernel, and near-ties (< 1e-6 m apart) settled by
 * geographiclib; ties go to the lower mission index (see ./nearest-screen). Distances to the
 * winners come from the bulk kernel (within 1e-7 m of geographiclib). Accepts `[lng, lat][]` or
 * columns (with or without precomputed kernel terms). Throws InvalidCoordinateError for bad
 * points or missions. Never mutates its inputs.
 */
export function nearestMissions(
  points: PointsInput,
  missions: readonly MissionLike[],
): NearestMissions {
  return nearest(points, missions, true);
}

/**
 * Only the index of the nearest mission per point (-1 without missions), exactly as
 * {@link nearestMissions} picks it, but measuring distances only where candidates compete
 * (well under 1% of Ukrainian strikes for the six missions), so it is several times faster.
 * For colouring or grouping by mission when the distances are not shown.
 */
export function nearestMissionIndex(
  points: PointsInput,
  missions: readonly MissionLike[],
): Int32Array {
  return nearest(points, missions, false).index;
}

function nearest(
  points: PointsInput,
  missions: readonly MissionLike[],
  withDistances: boolean,
): NearestMissions {
  const pts: PointColumns = toPointColumns(points);
  const targets = missions.map((mi, j) => makeTarget(mi.lngLat, j));
  return nearestTargets(pts, termsOf(pts), targets, withDistances);
}

/** The nearest mission to one point (see {@link nearestMissions}); undefined without missions. */
export function nearestMission(
  p: LngLat,
  missions: readonly MissionLike[],
): { readonly missionId: string; readonly index: number; readonly distanceM: number } | undefined {
  const r = nearestMissions([p], missions);
  const j = r.index[0] as number;
  const mission = missions[j];
  return mission
    ? { missionId: mission.id, index: j, distanceM: r.distanceM[0] as number }
    : undefined;
}
