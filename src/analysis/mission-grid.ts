/**
 * A longitude/latitude grid over a set of points that lists, per cell, the missions that can be
 * the nearest one somewhere in that cell; most cells have exactly one, so most points get their
 * nearest mission from a table lookup. Cells are worked out lazily, the first time a point falls
 * in them. Both per-cell rules mirror the per-point rules of ./nearest-screen, widened by the
 * cell's size so that they hold for every point of the cell:
 *
 * - rule A (rigorous). On the auxiliary sphere every point p of a cell lies within the cell's
 *   angular radius r of its centre q, so |p − q| ≤ r and chord_j(p) ∈ [c_j − r, c_j + r] with
 *   c_j = chord_j(q). When c_j − r > (a/b)(c_w + r), j is farther than w throughout the cell.
 * - rule B (the measured bound κ, for missions within 100 km of each other). The chord difference
 *   h = chord_j − chord_w changes by at most |e_j − e_w| per unit of path (e: unit vectors from
 *   the missions to p), and |e_j − e_w| ≤ 2|m_j − m_w| / max(|p − m_j|, |p − m_w|) (write
 *   e_j − e_w = (m_w − m_j)/|p − m_j| + (p − m_w)(1/|p − m_j| − 1/|p − m_w|) and use the triangle
 *   inequality, then swap the roles); so h(p) ≥ h(q) − 2 r D / (max(c_j, c_w) − r), D = |m_j − m_w|.
 */
import type { PointColumns } from "./columns";
import { geodesicInverse } from "./geodesic";
import { FLATTENING } from "./geodesic-series";
import { A_M, type Target } from "./targets";

const RAD = Math.PI / 180;
const ONE_MINUS_F = 1 - FLATTENING;
/** Ratio of the semi-axes a/b with a margin for rounding (as rule A per point). */
const AXIS_RATIO = (1 / ONE_MINUS_F) * (1 + 1e-9);
/** Added to every cell radius (radians): covers rounding in the cell lookup. */
const RADIUS_MARGIN = 1e-12;
const MAX_CELLS_PER_AXIS = 256;
/** Cap on cells × missions (the candidate table), so many missions cannot blow up memory. */
const MAX_TABLE = 1 << 22;
/** Rule B constants, shared with ./nearest-screen. */
export const KAPPA = 0.02;
export const KAPPA_MAX_SEPARATION_M = 100_000;
/** Rule B applies while a·angle_best ≤ 5000 km, i.e. while the best chord is at most this. */
export const KAPPA_MAX_CHORD = 2 * Math.sin(5_000_000 / (2 * A_M));

export interface MissionGrid {
  readonly lng0: number;
  readonly lat0: number;
  /** Cells per degree of longitude / latitude (0 when all points share that coordinate). */
  readonly sx: number;
  readonly sy: number;
  readonly nx: number;
  readonly ny: number;
  /** Per cell (row-major, `cy * nx + cx`): the only possible winner, -1 (several) or -2 (not yet known). */
  readonly single: Int32Array;
  /** Candidates of cell k: `cands[k * m] …`, `count[k]` of them, ascending. */
  readonly cands: Int32Array;
  readonly count: Int32Array;
  /** Geodesic separation between missions (metres, m × m) and their chords on the aux sphere. */
  readonly sep: Float64Array;
  readonly chordM: Float64Array;
  /** Per row: the centre's reduced latitude, its sin and cos, and the cell's angular radius
   * (radians, a bound). */
  readonly rowBeta: Float64Array;
  readonly rowSin: Float64Array;
  readonly rowCos: Float64Array;
  readonly rowRadius: Float64Array;
  /** Per column: cos and sin of the centre's longitude. */
  readonly colCos: Float64Array;
  readonly colSin: Float64Array;
  readonly targets: readonly Target[];
}

/** Reduced latitude β (radians) for a geodetic latitude in degrees. */
function beta(latDeg: number): number {
  return Math.atan(ONE_MINUS_F * Math.tan(latDeg * RAD));
}

/**
 * An empty grid for `pts` (valid columns) and `targets`, with about `pts / pointsPerCell` cells
 * (at most 256 per axis); cells are filled by {@link resolveCell}. Reads its inputs only.
 */
export function createMissionGrid(
  pts: PointColumns,
  targets: readonly Target[],
  pointsPerCell = 8,
): MissionGrid {
  let lng0 = Number.POSITIVE_INFINITY;
  let lng1 = Number.NEGATIVE_INFINITY;
  let lat0 = Number.POSITIVE_INFINITY;
  let lat1 = Number.NEGATIVE_INFINITY;
  const n = pts.lng.length;
  for (let i = 0; i < n; i++) {
    const x = pts.lng[i] as number;
    const y = pts.lat[i] as number;
    if (x < lng0) lng0 = x;
    if (x > lng1) lng1 = x;
    if (y < lat0) lat0 = y;
    if (y > lat1) lat1 = y;
  }
  const wDeg = lng1 - lng0;
  const hDeg = lat1 - lat0;
  const cells = Math.max(1, Math.min(n / pointsPerCell, MAX_TABLE / Math.max(1, targets.length)));
  const aspect = Math.max(1e-6, wDeg * Math.cos(((lat0 + lat1) / 2) * RAD)) / Math.max(1e-6, hDeg);
  const axis = (v: number) => Math.max(1, Math.min(MAX_CELLS_PER_AXIS, Math.round(v)));
  const nx = wDeg > 0 ? axis(Math.sqrt(cells * aspect)) : 1;
  const ny = hDeg > 0 ? axis(Math.sqrt(cells / aspect)) : 1;
  const cw = wDeg / nx;
  const ch = hDeg / ny;
  const rowBeta = new Float64Array(ny);
  const rowSin = new Float64Array(ny);
  const rowCos = new Float64Array(ny);
  const rowRadius = new Float64Array(ny);
  for (let cy = 0; cy < ny; cy++) {
    const bLo = beta(lat0 + cy * ch);
    const bHi = beta(lat0 + (cy + 1) * ch);
    const bC = beta(lat0 + (cy + 0.5) * ch);
    // Path from p to the centre: along p's parallel, then along the centre's meridian.
    const maxCos = bLo <= 0 && bHi >= 0 ? 1 : Math.max(Math.cos(bLo), Math.cos(bHi));
    rowBeta[cy] = bC;
    rowSin[cy] = Math.sin(bC);
    rowCos[cy] = Math.cos(bC);
    rowRadius[cy] = ((cw * RAD) / 2) * maxCos + Math.max(bHi - bC, bC - bLo) + RADIUS_MARGIN;
  }
  const colCos = new Float64Array(nx);
  const colSin = new Float64Array(nx);
  for (let cx = 0; cx < nx; cx++) {
    const lam = (lng0 + (cx + 0.5) * cw) * RAD;
    colCos[cx] = Math.cos(lam);
    colSin[cx] = Math.sin(lam);
  }
  const m = targets.length;
  const { sep, chordM } = pairTerms(targets);
  return {
    lng0,
    lat0,
    sx: wDeg > 0 ? nx / wDeg : 0,
    sy: hDeg > 0 ? ny / hDeg : 0,
    nx,
    ny,
    single: new Int32Array(nx * ny).fill(-2),
    cands: new Int32Array(nx * ny * m),
    count: new Int32Array(nx * ny),
    sep,
    chordM,
    rowBeta,
    rowSin,
    rowCos,
    rowRadius,
    colCos,
    colSin,
    targets,
  };
}

/** Geodesic separations (geographiclib, metres) and aux-sphere chords between targets. */
function pairTerms(targets: readonly Target[]): { sep: Float64Array; chordM: Float64Array } {
  const m = targets.length;
  const sep = new Float64Array(m * m);
  const chordM = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const ta = targets[a] as Target;
      const tb = targets[b] as Target;
      const d = geodesicInverse([ta.kernel.lng, ta.kernel.lat], [tb.kernel.lng, tb.kernel.lat]);
      const c = Math.hypot(ta.x - tb.x, ta.y - tb.y, ta.z - tb.z);
      sep[a * m + b] = d.distanceM;
      sep[b * m + a] = d.distanceM;
      chordM[a * m + b] = c;
      chordM[b * m + a] = c;
    }
  }
  return { sep, chordM };
}

/** Works out cell `k` of `grid` (writes its `single`, `cands`, `count` entries); returns `single[k]`. */
export function resolveCell(grid: MissionGrid, k: number, chord: Float64Array): number {
  const { targets, nx, cands, count, sep, chordM } = grid;
  const m = targets.length;
  const cy = (k / nx) | 0;
  const cx = k - cy * nx;
  const r = grid.rowRadius[cy] as number;
  const cbC = grid.rowCos[cy] as number;
  const ux = cbC * (grid.colCos[cx] as number);
  const uy = cbC * (grid.colSin[cx] as number);
  const uz = grid.rowSin[cy] as number;
  let w = 0;
  for (let j = 0; j < m; j++) {
    const t = targets[j] as Target;
    const dx = ux - t.x;
    const dy = uy - t.y;
    const dz = uz - t.z;
    chord[j] = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if ((chord[j] as number) < (chord[w] as number)) w = j;
  }
  const cw = chord[w] as number;
  const limitA = AXIS_RATIO * (cw + r);
  const ruleB = cw + r <= KAPPA_MAX_CHORD;
  let nc = 0;
  for (let j = 0; j < m; j++) {
    const cj = chord[j] as number;
    if (j !== w) {
      if (cj - r > limitA) continue;
      const d = sep[w * m + j] as number;
      const reach = Math.max(cj, cw) - r;
      if (ruleB && d <= KAPPA_MAX_SEPARATION_M && reach > 0) {
        const hMin = cj - cw - (2 * r * (chordM[w * m + j] as number)) / reach;
        if (A_M * hMin > KAPPA * d) continue;
      }
    }
    cands[k * m + nc++] = j;
  }
  count[k] = nc;
  grid.single[k] = nc === 1 ? w : -1;
  return nc === 1 ? w : -1;
}
