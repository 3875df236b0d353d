import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { kernelPoint } from "@/analysis/fast-geodesic";
import { createMissionGrid, type MissionGrid, resolveCell } from "@/analysis/mission-grid";
import { makeTarget } from "@/analysis/targets";
import type { LngLat } from "@/domain/types";
import { deepFreeze, rng } from "./helpers";

const G = geographiclib.Geodesic;
const RAD = Math.PI / 180;
const MISSIONS: LngLat[] = [
  [30.49056, 50.46082],
  [36.23, 49.99],
  [30.63, 46.45],
  [30.73, 46.48],
  [28.45, 45.3],
  [30.4915, 50.4603],
];

/** Brute-force geographiclib argmin (ties: lower index). */
function argmin(p: LngLat, ms: readonly LngLat[]): number {
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  ms.forEach((m, j) => {
    const d = G.WGS84.Inverse(p[1], p[0], m[1], m[0], G.DISTANCE).s12 ?? Number.NaN;
    if (d < bestD) {
      bestD = d;
      best = j;
    }
  });
  return best;
}

function cellOf(g: MissionGrid, p: LngLat): number {
  const cx = Math.min(g.nx - 1, (p[0] - g.lng0) * g.sx) | 0;
  const cy = Math.min(g.ny - 1, (p[1] - g.lat0) * g.sy) | 0;
  return cy * g.nx + cx;
}

function columns(pts: readonly LngLat[]) {
  return { lng: Float64Array.from(pts, (p) => p[0]), lat: Float64Array.from(pts, (p) => p[1]) };
}

/** Every point's true nearest mission is its cell's single winner or among its candidates. */
function expectSound(pts: readonly LngLat[], ms: readonly LngLat[]): { single: number } {
  const targets = ms.map((m) => makeTarget(m));
  const g = createMissionGrid(columns(pts), targets);
  const scratch = new Float64Array(ms.length);
  let single = 0;
  pts.forEach((p) => {
    const k = cellOf(g, p);
    let w = g.single[k] as number;
    if (w === -2) w = resolveCell(g, k, scratch);
    const truth = argmin(p, ms);
    if (w >= 0) {
      single++;
      expect(w).toBe(truth);
    } else {
      const list = Array.from(g.cands.subarray(k * ms.length, k * ms.length + (g.count[k] ?? 0)));
      expect(list.length).toBeGreaterThan(1);
      expect(list).toContain(truth);
    }
  });
  return { single };
}

describe("mission grid", () => {
  it("never drops the true nearest mission (Ukraine, crowds around both close pairs)", () => {
    const r = rng(21);
    const pts: LngLat[] = Array.from({ length: 12_000 }, (_, i) => {
      if (i % 3 === 0) return [30.4911 + (r() - 0.5) * 0.3, 50.4606 + (r() - 0.5) * 0.2];
      if (i % 3 === 1) return [30.68 + (r() - 0.5) * 1.5, 46.47 + (r() - 0.5) * 1];
      return [22 + r() * 18, 44.3 + r() * 8];
    });
    expectSound(pts, MISSIONS);
    // Spread points (8000 → 1000 cells about 50 km wide): most are settled by the table alone.
    const spread: LngLat[] = Array.from({ length: 8000 }, () => [22 + r() * 18, 44.3 + r() * 8]);
    expect(expectSound(spread, MISSIONS).single).toBeGreaterThan(0.6 * spread.length);
  });

  it("stays sound worldwide, across the antimeridian and with many missions", () => {
    const r = rng(22);
    const world: LngLat[] = Array.from({ length: 3000 }, () => [
      r() * 360 - 180,
      (Math.asin(2 * r() - 1) * 180) / Math.PI,
    ]);
    const far: LngLat[] = [
      [179.9, -17],
      [-179.9, -17.01],
      [0, 89.9],
      [45, -89.5],
      [30.5, 50.45],
    ];
    expectSound(world, far);
    const many: LngLat[] = Array.from({ length: 60 }, () => [22 + r() * 18, 44.3 + r() * 8]);
    const pts: LngLat[] = Array.from({ length: 4000 }, () => [22 + r() * 18, 44.3 + r() * 8]);
    expectSound(pts, many);
  });

  it("bounds every point of a cell (corners included) within the cell's angular radius", () => {
    const r = rng(23);
    const pts: LngLat[] = Array.from({ length: 5000 }, () => [r() * 40 - 10, r() * 80 - 5]);
    const g = createMissionGrid(columns(pts), [makeTarget([0, 0])]);
    const angleToCentre = (p: LngLat, cx: number, cy: number) => {
      const bC = g.rowBeta[cy] as number;
      const lamC = Math.atan2(g.colSin[cx] as number, g.colCos[cx] as number);
      const kp = kernelPoint(p[0], p[1]);
      const bP = Math.atan2(kp.sinBeta, kp.cosBeta);
      const c =
        Math.sin(bP) * Math.sin(bC) + Math.cos(bP) * Math.cos(bC) * Math.cos(p[0] * RAD - lamC);
      return Math.acos(Math.min(1, c));
    };
    let worstRatio = 0;
    const check = (p: LngLat, cx: number, cy: number) => {
      worstRatio = Math.max(worstRatio, angleToCentre(p, cx, cy) / (g.rowRadius[cy] as number));
    };
    for (const p of pts) {
      const k = cellOf(g, p);
      const cy = (k / g.nx) | 0;
      check(p, k - cy * g.nx, cy);
    }
    // The corners of every cell are its farthest points from the centre.
    for (let cy = 0; cy < g.ny; cy++) {
      for (let cx = 0; cx < g.nx; cx++) {
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const) {
          check([g.lng0 + (cx + dx) / g.sx, g.lat0 + (cy + dy) / g.sy], cx, cy);
        }
      }
    }
    expect(worstRatio).toBeLessThanOrEqual(1);
    // A path bound (along a parallel, then a meridian): about √2 too large at the corners.
    expect(worstRatio).toBeGreaterThan(0.68);
  });

  it("unit-vector bound |â − b̂| ≤ 2|a − b| / max(|a|, |b|) used for rule B", () => {
    const r = rng(24);
    for (let i = 0; i < 20_000; i++) {
      const a = [r() - 0.5, r() - 0.5, r() - 0.5].map((v) => v * 10 ** (r() * 4 - 2));
      const b = a.map((v) => v + (r() - 0.5) * 10 ** (r() * 4 - 3));
      const na = Math.hypot(...a);
      const nb = Math.hypot(...b);
      const lhs = Math.hypot(...a.map((v, k) => v / na - (b[k] as number) / nb));
      const rhs = (2 * Math.hypot(...a.map((v, k) => v - (b[k] as number)))) / Math.max(na, nb);
      expect(lhs).toBeLessThanOrEqual(rhs * (1 + 1e-12));
    }
  });

  it("one point, identical points and a single mission give a 1 × 1 grid or trivial cells", () => {
    const one = createMissionGrid(
      columns([[30, 50]]),
      MISSIONS.map((m) => makeTarget(m)),
    );
    expect([one.nx, one.ny]).toEqual([1, 1]);
    expect(resolveCell(one, 0, new Float64Array(MISSIONS.length))).toBe(argmin([30, 50], MISSIONS));
    const same = createMissionGrid(columns(Array.from({ length: 50 }, (): LngLat => [31, 47])), [
      makeTarget([30, 50]),
    ]);
    expect([same.nx, same.ny]).toEqual([1, 1]);
    expect(resolveCell(same, 0, new Float64Array(1))).toBe(0);
  });

  it("does not mutate its inputs", () => {
    const targets = deepFreeze(MISSIONS.map((m) => makeTarget(m)));
    const cols = columns([
      [30, 50],
      [36, 49],
    ]);
    const before = [Array.from(cols.lng), Array.from(cols.lat)];
    const g = createMissionGrid(cols, targets);
    resolveCell(g, 0, new Float64Array(MISSIONS.length));
    expect([Array.from(cols.lng), Array.from(cols.lat)]).toEqual(before);
    expect(targets[0]?.kernel.lng).toBe(30.49056);
  });
});
