/**
 * The bulk nearest-mission pass behind `nearestMissions` (./proximity). Three stages:
 *
 * 1. A grid lookup (./mission-grid): most points sit in a cell where only one mission can win.
 * 2. For the others, the per-point chord rules among the cell's candidates: rule A (rigorous:
 *    s_j ≥ b·angle_j > a·angle_best ≥ s_best) and, for missions within 100 km of the best one,
 *    rule B (a measured bound κ on how far spherical and ellipsoidal distance differences can
 *    disagree, with a 5× margin). Points where several missions survive get exact kernel
 *    distances for each, and geographiclib settles near-ties (< 1e-6 m).
 * 3. One bulk kernel pass (./bulk-geodesic) for the distance to each winner.
 *
 * The answer equals a brute-force geographiclib argmin (ties: lower mission index); tests and the
 * benchmark check this.
 */

import { bulkDistancesInto } from "./bulk-geodesic";
import type { GeodesicTerms, PointColumns } from "./columns";
import { B_M } from "./geodesic-series";
import {
  createMissionGrid,
  KAPPA,
  KAPPA_MAX_CHORD,
  KAPPA_MAX_SEPARATION_M,
  resolveCell,
} from "./mission-grid";
import { A_M, exactTo, kernelTo, RECHECK_M, type Target } from "./targets";

const KAPPA_MAX_CHORD2 = KAPPA_MAX_CHORD * KAPPA_MAX_CHORD;
const RATIO2 = (A_M / B_M) ** 2 * (1 + 1e-9);

export interface NearestResult {
  readonly index: Int32Array;
  readonly distanceM: Float64Array;
}

/**
 * Nearest target per point (index into `targets`, ties to the lower index) and, when
 * `withDistances`, the geodesic distance to it (metres). Points whose winner had to be decided
 * by distances always get theirs; the others stay NaN when `withDistances` is false.
 * Inputs are validated by the caller; they are not mutated.
 */
export function nearestTargets(
  pts: PointColumns,
  terms: GeodesicTerms,
  targets: readonly Target[],
  withDistances: boolean,
): NearestResult {
  const n = pts.lng.length;
  const m = targets.length;
  const index = new Int32Array(n).fill(-1);
  const distanceM = new Float64Array(n).fill(Number.NaN);
  if (m === 0 || n === 0) return { index, distanceM };
  const grid = createMissionGrid(pts, targets);
  const { lng0, lat0, sx, sy, nx, ny, single, cands, count, sep } = grid;
  const mx = Float64Array.from(targets, (t) => t.x);
  const my = Float64Array.from(targets, (t) => t.y);
  const mz = Float64Array.from(targets, (t) => t.z);
  const { sinLng, cosLng, sinBeta, cosBeta } = terms;
  const c2 = new Float64Array(m);
  const cand = new Int32Array(m);
  const dist = new Float64Array(m);
  const scratch = new Float64Array(m);
  const { lng, lat } = pts;
  const lastX = nx - 1;
  const lastY = ny - 1;
  for (let i = 0; i < n; i++) {
    const cx = Math.min(lastX, ((lng[i] as number) - lng0) * sx) | 0;
    const cy = Math.min(lastY, ((lat[i] as number) - lat0) * sy) | 0;
    const k = cy * nx + cx;
    let only = single[k] as number;
    if (only === -2) only = resolveCell(grid, k, scratch);
    if (only >= 0) {
      index[i] = only;
      continue;
    }
    // Squared chords on the auxiliary sphere to the cell's candidates; b = the smallest.
    const cb = cosBeta[i] as number;
    const ux = cb * (cosLng[i] as number);
    const uy = cb * (sinLng[i] as number);
    const uz = sinBeta[i] as number;
    const from = k * m;
    const to = from + (count[k] as number);
    let b = -1;
    let cb2 = Number.POSITIVE_INFINITY;
    for (let q = from; q < to; q++) {
      const j = cands[q] as number;
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
    // Rule A (rigorous): s_j ≥ b·angle_j > a·angle_b ≥ s_b. Rule B (measured bound κ, 5×
    // margin) for missions within 100 km of the best one, while the best is within 5000 km.
    const limit = RATIO2 * cb2;
    const ruleB = cb2 <= KAPPA_MAX_CHORD2;
    let nc = 0;
    for (let q = from; q < to; q++) {
      const j = cands[q] as number;
      const cj2 = c2[j] as number;
      if (j !== b) {
        if (cj2 > limit) continue;
        const d = sep[b * m + j] as number;
        if (
          ruleB &&
          d <= KAPPA_MAX_SEPARATION_M &&
          A_M * (Math.sqrt(cj2) - Math.sqrt(cb2)) > KAPPA * d
        )
          continue;
      }
      cand[nc++] = j;
    }
    if (nc === 1) index[i] = b;
    else {
      const best = closest(targets, cand, nc, dist, pts, terms, i);
      index[i] = best;
      distanceM[i] = dist[best] as number;
    }
  }
  if (withDistances) {
    bulkDistancesInto(
      targets.map((t) => t.kernel),
      index,
      pts,
      terms,
      distanceM,
    );
  }
  return { index, distanceM };
}

/**
 * The nearest of the `nc` candidate targets in `cand` for row `i` (ties: lower index), leaving
 * each candidate's distance in `dist`. Kernel distances; geographiclib when two are within 1e-6 m.
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
