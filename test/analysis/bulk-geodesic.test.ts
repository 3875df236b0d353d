import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { bulkDistancesInto } from "@/analysis/bulk-geodesic";
import { geodesicTerms } from "@/analysis/columns";
import { kernelPoint } from "@/analysis/fast-geodesic";
import { deepFreeze, geodTest, rng } from "./helpers";

const G = geographiclib.Geodesic;
const exact = (lng1: number, lat1: number, lng2: number, lat2: number) =>
  G.WGS84.Inverse(lat1, lng1, lat2, lng2, G.DISTANCE).s12 ?? Number.NaN;
const DEG = 180 / Math.PI;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

type Pair = readonly [lng1: number, lat1: number, lng2: number, lat2: number];

/** The bulk kernel on one row per pair (target = first point). */
function bulk(pairs: readonly Pair[]): Float64Array {
  const lng = Float64Array.from(pairs, (p) => p[2]);
  const lat = Float64Array.from(pairs, (p) => p[3]);
  const out = new Float64Array(pairs.length).fill(Number.NaN);
  bulkDistancesInto(
    pairs.map((p) => kernelPoint(p[0], p[1])),
    Int32Array.from(pairs, (_, i) => i),
    { lng, lat },
    geodesicTerms({ lng, lat }),
    out,
  );
  return out;
}

/** Largest |bulk − geographiclib| over `pairs`, metres. */
function worstError(pairs: readonly Pair[]): number {
  const got = bulk(pairs);
  let worst = 0;
  pairs.forEach((p, i) => {
    worst = Math.max(worst, Math.abs((got[i] as number) - exact(p[0], p[1], p[2], p[3])));
  });
  return worst;
}

/** `n` pairs from `make`, coordinates rounded to 6 decimals, longitudes wrapped to [-180, 180]. */
function pairsOf(n: number, seed: number, make: (r: () => number) => Pair): Pair[] {
  const r = rng(seed);
  const wrap = (x: number) => (x > 180 ? x - 360 : x < -180 ? x + 360 : x);
  return Array.from({ length: n }, () => {
    const [a, b, c, d] = make(r);
    return [round6(wrap(a)), round6(b), round6(wrap(c)), round6(d)] as const;
  });
}

const ukraine = (r: () => number): Pair => [
  22 + r() * 18,
  44.3 + r() * 8,
  22 + r() * 18,
  44.3 + r() * 8,
];

describe("bulk distance kernel (one Newton step, truncated series)", () => {
  it("agrees with GeodTest to 1e-7 m on every line (hard lines go to the iterating kernel)", () => {
    const rows = [...geodTest("GeodTest-100.dat"), ...geodTest("GeodTest-short-every3rd.dat")];
    const got = bulk(rows.map((r) => [r[1], r[0], r[4], r[3]] as Pair));
    let worst = 0;
    rows.forEach((r, i) => {
      worst = Math.max(worst, Math.abs((got[i] as number) - (r[6] as number)));
    });
    expect(worst).toBeLessThan(1e-7);
  });

  it("agrees with geographiclib to 2e-8 m on random Ukrainian pairs, short and sub-metre lines", () => {
    expect(worstError(pairsOf(20_000, 3, ukraine))).toBeLessThan(2e-8);
    const short = pairsOf(10_000, 4, (r) => {
      const lng = 22 + r() * 18;
      const lat = 44.3 + r() * 8;
      return [lng, lat, lng + (r() - 0.5) * 2e-3, lat + (r() - 0.5) * 2e-3];
    });
    expect(worstError(short)).toBeLessThan(2e-8);
    // Sub-metre: offsets of 1e-6° (the rounding step) and identical points.
    const tiny = pairsOf(2000, 5, (r) => {
      const lng = 22 + r() * 18;
      const lat = 44.3 + r() * 8;
      return [lng, lat, lng + Math.round(r() * 4 - 2) * 1e-6, lat + Math.round(r() * 2 - 1) * 1e-6];
    });
    expect(worstError(tiny)).toBeLessThan(2e-8);
  });

  it("agrees with geographiclib to 1e-7 m worldwide and on both sides of each fast-path limit", () => {
    const world = pairsOf(20_000, 6, (r) => [
      r() * 360 - 180,
      Math.asin(2 * r() - 1) * DEG,
      r() * 360 - 180,
      Math.asin(2 * r() - 1) * DEG,
    ]);
    expect(worstError(world)).toBeLessThan(1e-7);
    // σ12 ≈ 1 rad (≈ 6370 km): north–south lines from 57.3° ± a few km either side of the limit.
    const sigma = pairsOf(2000, 7, (r) => {
      const lng = r() * 360 - 180;
      const lat = -20 + r() * 20;
      return [lng, lat, lng + (r() - 0.5) * 2, lat + 57.3 + (r() - 0.5) * 0.4];
    });
    expect(worstError(sigma)).toBeLessThan(1e-7);
    // cos²α₀ ≈ 0.01: east–west lines close to the equator (|β| ≈ 5.7° at the vertex).
    const equatorial = pairsOf(2000, 8, (r) => {
      const lng = r() * 360 - 180;
      const lat = (r() - 0.5) * 12;
      return [lng, lat, lng + 5 + r() * 40, lat + (r() - 0.5) * 4];
    });
    expect(worstError(equatorial)).toBeLessThan(1e-7);
    // Latitudes around ±89° (cos β ≈ 0.0175).
    const polar = pairsOf(2000, 9, (r) => {
      const s = r() < 0.5 ? -1 : 1;
      return [r() * 360 - 180, s * (88.8 + r() * 0.4), r() * 360 - 180, s * (80 + r() * 10)];
    });
    expect(worstError(polar)).toBeLessThan(1e-7);
    // The antimeridian.
    const anti = pairsOf(2000, 10, (r) => [
      179.5 + r() * 0.5,
      (r() - 0.5) * 120,
      -180 + r() * 0.5,
      (r() - 0.5) * 120,
    ]);
    expect(worstError(anti)).toBeLessThan(1e-7);
  });

  it("fills only rows with a target and no value yet; identical points give 0", () => {
    const lng = Float64Array.from([30.5, 30.6, 30.7, 36.23]);
    const lat = Float64Array.from([50.4, 50.5, 50.6, 49.99]);
    const out = Float64Array.from([Number.NaN, 123, Number.NaN, Number.NaN]);
    bulkDistancesInto(
      [kernelPoint(30.49056, 50.46082), kernelPoint(36.23, 49.99)],
      Int32Array.from([0, 0, -1, 1]),
      { lng, lat },
      geodesicTerms({ lng, lat }),
      out,
    );
    expect(out[0]).toBeCloseTo(exact(30.49056, 50.46082, 30.5, 50.4), 7);
    expect(out[1]).toBe(123);
    expect(Number.isNaN(out[2])).toBe(true);
    expect(out[3]).toBe(0);
  });

  it("does not mutate its inputs", () => {
    const targets = deepFreeze([kernelPoint(30.49056, 50.46082), kernelPoint(28.45, 45.3)]);
    const lng = Float64Array.from([30, 31, 32]);
    const lat = Float64Array.from([50, 46, 47]);
    const terms = geodesicTerms({ lng, lat });
    const index = Int32Array.from([1, 0, 1]);
    const before = [lng, lat, terms.sinLng, terms.cosLng, terms.sinBeta, terms.cosBeta, index].map(
      (a) => Array.from(a),
    );
    bulkDistancesInto(targets, index, { lng, lat }, terms, new Float64Array(3).fill(Number.NaN));
    const after = [lng, lat, terms.sinLng, terms.cosLng, terms.sinBeta, terms.cosBeta, index].map(
      (a) => Array.from(a),
    );
    expect(after).toEqual(before);
    expect(targets[0]?.lng).toBe(30.49056);
  });
});
