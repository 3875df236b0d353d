import type { LngLat } from "@/domain/types";

/** Strikes this close (metres) count as recorded on the same point. */
export const STACK_TOLERANCE_M = 3;
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LNG_EQUATOR = 111_320;

/** Two or more strikes on one point: their ids (input order) and the first one's position. */
export interface Stack {
  readonly ids: readonly string[];
  readonly lngLat: LngLat;
}

function root(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  let j = i;
  while (parent[j] !== r) {
    const next = parent[j] ?? r;
    parent[j] = r;
    j = next;
  }
  return r;
}

/**
 * Groups points that lie within `toleranceM` of one another (transitively) into stacks; single
 * points are left out. Distances use a local flat projection, which at a few metres differs from
 * the geodesic by far less than any record's uncertainty. O(n) with a hash grid of tolerance-sized
 * cells. Pure; the order of stacks follows their first member in `points`.
 */
export function findStacks(
  points: ReadonlyArray<{ readonly id: string; readonly lngLat: LngLat }>,
  toleranceM = STACK_TOLERANCE_M,
): Stack[] {
  const n = points.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const grid = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const [lng, lat] = points[i]?.lngLat ?? [0, 0];
    xs[i] = lng * M_PER_DEG_LNG_EQUATOR * Math.cos((lat * Math.PI) / 180);
    ys[i] = lat * M_PER_DEG_LAT;
    const cx = Math.floor((xs[i] ?? 0) / toleranceM);
    const cy = Math.floor((ys[i] ?? 0) / toleranceM);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const d = Math.hypot((xs[i] ?? 0) - (xs[j] ?? 0), (ys[i] ?? 0) - (ys[j] ?? 0));
          if (d <= toleranceM) parent[root(parent, i)] = root(parent, j);
        }
    const key = `${cx}:${cy}`;
    const cell = grid.get(key);
    if (cell) cell.push(i);
    else grid.set(key, [i]);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root(parent, i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const stacks: Stack[] = [];
  for (const members of groups.values()) {
    const first = points[members[0] ?? 0];
    if (members.length < 2 || !first) continue;
    stacks.push({ ids: members.map((i) => points[i]?.id ?? ""), lngLat: first.lngLat });
  }
  // Groups were created in the order of their first member, so stacks already follow the input.
  return stacks;
}
