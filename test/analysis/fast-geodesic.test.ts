import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { kernelDistanceBetween, kernelDistanceM, kernelPoint } from "@/analysis/fast-geodesic";
import { a1, a3, c1Difference, c3Difference, epsilonOf } from "@/analysis/geodesic-series";
import { deepFreeze, geodTest, rng } from "./helpers";

const G = geographiclib.Geodesic;
const exact = (lng1: number, lat1: number, lng2: number, lat2: number) =>
  G.WGS84.Inverse(lat1, lng1, lat2, lng2, G.DISTANCE).s12 ?? Number.NaN;
const fast = (lng1: number, lat1: number, lng2: number, lat2: number) =>
  kernelDistanceBetween(kernelPoint(lng1, lat1), kernelPoint(lng2, lat2));

describe("fast geodesic kernel", () => {
  it("agrees with GeodTest to 1e-7 m on every line (falls back where it must)", () => {
    const rows = [...geodTest("GeodTest-100.dat"), ...geodTest("GeodTest-short-every3rd.dat")];
    let worst = 0;
    for (const [lat1, lon1, , lat2, lon2, , s12] of rows as number[][]) {
      worst = Math.max(
        worst,
        Math.abs(
          fast(lon1 as number, lat1 as number, lon2 as number, lat2 as number) - (s12 as number),
        ),
      );
    }
    expect(worst).toBeLessThan(1e-7);
  });

  it("agrees with geographiclib to 1e-7 m on random pairs in Ukraine, worldwide and very short", () => {
    const r = rng(11);
    let worst = 0;
    for (let i = 0; i < 20_000; i++) {
      const kind = i % 3;
      const lng1 = kind === 1 ? r() * 360 - 180 : 22 + r() * 18;
      const lat1 = kind === 1 ? (Math.asin(2 * r() - 1) * 180) / Math.PI : 44.3 + r() * 8;
      const lng2 =
        kind === 1 ? r() * 360 - 180 : kind === 2 ? lng1 + (r() - 0.5) * 1e-3 : 22 + r() * 18;
      const lat2 =
        kind === 1
          ? (Math.asin(2 * r() - 1) * 180) / Math.PI
          : kind === 2
            ? lat1 + (r() - 0.5) * 1e-3
            : 44.3 + r() * 8;
      worst = Math.max(
        worst,
        Math.abs(fast(lng1, lat1, lng2, lat2) - exact(lng1, lat1, lng2, lat2)),
      );
    }
    expect(worst).toBeLessThan(1e-7);
  });

  it("handles identical points, the antimeridian, poles, the equator and meridians", () => {
    expect(fast(30, 50, 30, 50)).toBe(0);
    const cases: [number, number, number, number][] = [
      [179.9, 10, -179.9, 10.1],
      [-179.99, -5, 179.99, -5],
      [0, 89.5, 180, 89.5],
      [10, -89.99, 20, -88],
      [0, 0, 10, 0],
      [0, 0, 179, 0],
      [30, 10, 30, 60],
      [0, 30, 179.5, -30],
    ];
    for (const [a, b, c, d] of cases)
      expect(Math.abs(fast(a, b, c, d) - exact(a, b, c, d))).toBeLessThan(1e-7);
  });

  it("series match geographiclib's internal coefficients", () => {
    // A3 and the ε mapping checked against geographiclib's own implementation of them.
    const W = G.WGS84 as unknown as { A3f(eps: number): number };
    for (const eps of [0, 1e-4, 1.2e-3, 1.68e-3]) expect(a3(eps)).toBeCloseTo(W.A3f(eps), 15);
    expect(epsilonOf(0)).toBe(0);
    expect(a1(0)).toBe(1);
    expect(c1Difference(0.001, 0.3, Math.sqrt(1 - 0.09), 0.3, Math.sqrt(1 - 0.09))).toBe(0);
    expect(c3Difference(0.001, 0.3, Math.sqrt(1 - 0.09), 0.3, Math.sqrt(1 - 0.09))).toBe(0);
  });

  it("kernelDistanceM equals the convenience form and does not mutate its origin", () => {
    const origin = deepFreeze(kernelPoint(30.49056, 50.46082));
    const p = kernelPoint(36.23, 49.99);
    expect(kernelDistanceM(origin, p.lng, p.lat, p.sinLng, p.cosLng, p.sinBeta, p.cosBeta)).toBe(
      kernelDistanceBetween(origin, p),
    );
    expect(origin.lng).toBe(30.49056);
  });
});
