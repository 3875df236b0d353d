/**
 * Strike ↔ mission proximity: per-strike tables for the details panel (geographiclib) and the
 * bulk nearest-mission pass for 100k strikes (screen on the auxiliary sphere, then the exact
 * kernel for the few candidates, geographiclib for near-ties), whose answer equals a brute-force
 * geographiclib argmin.
 */
import type { LngLat, Mission, Strike } from "@/domain/types";
import {
  type GeodesicTerms,
  type PointColumns,
  type PointsInput,
  termsOf,
  toPointColumns,
} from "./columns";
import { distanceInterval, geodesicInverse, normalizeBearingDeg } from "./geodesic";
import { B_M } from "./geodesic-series";
import { A_M, exactTo, kernelTo, makeTarget, RECHECK_M, type Target } from "./targets";
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

/** κ: bound on |Δ(a·angle) − Δs| per metre of mission separation (measured ≤ 0.0039; 5× margin). */
const KAPPA = 0.02;
const KAPPA_MAX_SEPARATION_M = 100_000;
const KAPPA_MAX_DISTANCE_M = 5_000_000;
const RATIO2 = (A_M / B_M) ** 2 * (1 + 1e-9);

/**
 * For every point, the nearest mission by WGS84 geodesic distance and that distance. Missions
 * are screened with rigorous auxiliary-sphere bounds (and, for missions within 100 km of each
 * other, a measured difference bound with a 5× margin), the survivors measured with the exact
 * kernel, and near-ties (< 1e-6 m apart) settled by geographiclib; ties go to the lower mission
 * index. Accepts `[lng, lat][]` or columns (with or without precomputed kernel terms).
 * Throws InvalidCoordinateError for bad points or missions. Never mutates its inputs.
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
  const n = pts.lng.length;
  const index = new Int32Array(n).fill(-1);
  const distanceM = new Float64Array(n).fill(Number.NaN);
  const m = missions.length;
  if (m === 0 || n === 0) return { index, distanceM };
  const targets = missions.map((mi, j) => makeTarget(mi.lngLat, j));
  const mx = Float64Array.from(targets, (t) => t.x);
  const my = Float64Array.from(targets, (t) => t.y);
  const mz = Float64Array.from(targets, (t) => t.z);
  const sep = separations(targets);
  const { sinLng, cosLng, sinBeta, cosBeta } = termsOf(pts);
  const terms = { sinLng, cosLng, sinBeta, cosBeta };
  const c2 = new Float64Array(m);
  const cand = new Int32Array(m);
  const dist = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    // Unit vector of the strike on the auxiliary sphere, then squared chords to every mission.
    const cb = cosBeta[i] as number;
    const ux = cb * (cosLng[i] as number);
    const uy = cb * (sinLng[i] as number);
    const uz = sinBeta[i] as number;
    let b = 0;
    let cb2 = Number.POSITIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const dx = ux - (mx[j] as number);
      const dy = uy - (my[j] as number);
      const dz = uz - (mz[j] as number);
      const v = dx * dx + dy * dy + dz * dz;
      c2[j] = v;
      if (v < cb2) {
        cb2 = v;
        b = j;
      }
    }
    let nc = 0;
    let upperB = -1;
    for (let j = 0; j < m; j++) {
      if (j !== b) {
        const cj2 = c2[j] as number;
        // Rule A (rigorous): s_j ≥ b·angle_j > a·angle_b ≥ s_b.
        if (cj2 > RATIO2 * cb2) continue;
        // Rule B (measured bound κ, 5× margin) for missions close to the best one.
        const d = sep[b * m + j] as number;
        if (d <= KAPPA_MAX_SEPARATION_M) {
          if (upperB < 0) upperB = A_M * 2 * Math.asin(Math.min(1, Math.sqrt(cb2) / 2));
          if (upperB <= KAPPA_MAX_DISTANCE_M && A_M * (Math.sqrt(cj2) - Math.sqrt(cb2)) > KAPPA * d)
            continue;
        }
      }
      cand[nc++] = j;
    }
    const w = cand[0] as number;
    if (nc === 1) {
      index[i] = w;
      if (withDistances) distanceM[i] = kernelTo(targets[w] as Target, pts, terms, i);
    } else {
      const best = closest(targets, cand, nc, dist, pts, terms, i);
      index[i] = best;
      distanceM[i] = dist[best] as number;
    }
  }
  return { index, distanceM };
}

/**
 * The nearest of the `nc` candidate targets in `cand` for row `i` (ties: lower index), leaving
 * each candidate's distance in `dist`. Kernel distances; geographiclib when two are within 1e-6 m.
 * Kept out of the main loop, which it would otherwise deoptimise (it runs for <1% of rows).
 */
function closest(
  targets: readonly Target[],
  cand: Int32Array,
  nc: number,
  dist: Float64Array,
  pts: PointColumns,
  terms: GeodesicTerms,
  i: number,
): number {
  let w = cand[0] as number;
  for (let k = 0; k < nc; k++) {
    const j = cand[k] as number;
    dist[j] = kernelTo(targets[j] as Target, pts, terms, i);
    if ((dist[j] as number) < (dist[w] as number)) w = j;
  }
  let close = false;
  for (let k = 0; k < nc; k++) {
    const j = cand[k] as number;
    if (j !== w && Math.abs((dist[j] as number) - (dist[w] as number)) <= RECHECK_M) close = true;
  }
  if (!close) return w;
  for (let k = 0; k < nc; k++) {
    const j = cand[k] as number;
    dist[j] = exactTo(targets[j] as Target, pts, i);
  }
  w = cand[0] as number;
  for (let k = 1; k < nc; k++) {
    const j = cand[k] as number;
    if ((dist[j] as number) < (dist[w] as number)) w = j;
  }
  return w;
}

/** Pairwise geodesic distances between targets (row-major m × m), by the kernel. */
function separations(targets: readonly Target[]): Float64Array {
  const m = targets.length;
  const out = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const ka = (targets[a] as Target).kernel;
      const kb = (targets[b] as Target).kernel;
      const d = geodesicInverse([ka.lng, ka.lat], [kb.lng, kb.lat]).distanceM;
      out[a * m + b] = d;
      out[b * m + a] = d;
    }
  }
  return out;
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
