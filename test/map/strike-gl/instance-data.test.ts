import { describe, expect, it } from "vitest";
import {
  buildInstanceData,
  FLOATS_PER_STRIKE,
  mercatorUnitsPerMetre,
  mercatorX,
  mercatorY,
  relativeToCenter,
  splitDouble,
  WEAPON_ORDER,
} from "@/map/strike-gl/instance-data";
import { textureFloats } from "@/map/strike-gl/strike-texture";
import { strike } from "../../helpers/domain-fixtures";

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

describe("strike GL instance data", () => {
  it("projects to MapLibre's Web Mercator square (golden values)", () => {
    expect([r6(mercatorX(-180)), r6(mercatorX(0)), r6(mercatorX(30.49056))]).toEqual([
      0, 0.5, 0.584696,
    ]);
    // Reference: y = 0.5 − ln(tan(π/4 + φ/2)) / 2π, computed independently (Python math).
    expect([r6(mercatorY(0)), r6(mercatorY(50.46082))]).toEqual([0.5, 0.337144]);
    expect(mercatorY(85.051129)).toBeCloseTo(0, 6);
    expect(mercatorY(89.9)).toBe(mercatorY(85.051129));
    // One metre at the equator is 1 / (2π · 6 371 008.8 m); at 60° it is twice that.
    expect(mercatorUnitsPerMetre(0)).toBeCloseTo(2.498e-8, 11);
    expect(mercatorUnitsPerMetre(60) / mercatorUnitsPerMetre(0)).toBeCloseTo(2, 9);
  });

  it("splits doubles into float32 parts that add back to within 1e-14", () => {
    for (const x of [0.584696123456789, 0.3274361234567, 1 / 3]) {
      const [hi, lo] = splitDouble(x);
      expect(Math.fround(hi)).toBe(hi);
      expect(Math.fround(lo)).toBe(lo);
      expect(Math.abs(hi + lo - x)).toBeLessThan(1e-14);
    }
  });

  it("packs one record per strike in time order, and does not mutate its input", () => {
    const strikes = Object.freeze([
      Object.freeze(
        strike({
          id: "a",
          time: "2025-11-14T01:00:00+02:00",
          lngLat: [30.49056, 50.46082],
          uncertaintyM: 100,
        }),
      ),
      Object.freeze(
        strike({
          id: "b",
          time: "2025-11-14T02:00:00+02:00",
          weaponClass: "drone",
          confidence: "low",
          lngLat: [36.23, 49.99],
          uncertaintyM: 5000,
        }),
      ),
    ]);
    const data = buildInstanceData(strikes);
    // Whole texture rows: the two records, then zeros.
    expect(data.length).toBe(textureFloats(2));
    expect(data.subarray(2 * FLOATS_PER_STRIKE).every((v) => v === 0)).toBe(true);
    const rec = (i: number) =>
      Array.from(data.subarray(i * FLOATS_PER_STRIKE, (i + 1) * FLOATS_PER_STRIKE));
    const [xHi, yHi, xLo, yLo, radius, cls, muted] = rec(0);
    expect(Math.abs((xHi ?? 0) + (xLo ?? 0) - mercatorX(30.49056))).toBeLessThan(1e-12);
    expect(Math.abs((yHi ?? 0) + (yLo ?? 0) - mercatorY(50.46082))).toBeLessThan(1e-12);
    expect(radius).toBeCloseTo(100 * mercatorUnitsPerMetre(50.46082), 12);
    expect([cls, muted]).toEqual([WEAPON_ORDER.indexOf("ballistic"), 0]);
    expect(rec(1).slice(5)).toEqual([WEAPON_ORDER.indexOf("drone"), 1, 0]);
    expect(strikes[0]?.lngLat).toEqual([30.49056, 50.46082]);
  });

  it("moves a projection matrix to the view centre: M·p = M'·(p − c)", () => {
    // A column-major matrix with rotation, scale, translation and a perspective row.
    const m = [2, 0.5, 0, 0.001, -0.3, 3, 0, 0.002, 0, 0, 1, 0, 5, -7, 0.1, 1];
    const frozen = Object.freeze([...m]);
    const [cx, cy] = [0.58, 0.33];
    const moved = relativeToCenter(frozen, cx, cy);
    const apply = (mat: ArrayLike<number>, x: number, y: number) =>
      [0, 1, 2, 3].map(
        (row) =>
          (mat[row] as number) * x + (mat[4 + row] as number) * y + (mat[12 + row] as number),
      );
    const direct = apply(m, 0.6, 0.31);
    const relative = apply(moved, 0.6 - cx, 0.31 - cy);
    for (const [i, v] of direct.entries()) expect(relative[i]).toBeCloseTo(v, 12);
    expect([...frozen]).toEqual(m);
  });
});
