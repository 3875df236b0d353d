import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { geodesicTerms } from "@/analysis/columns";
import { nearestTargets } from "@/analysis/nearest-screen";
import { makeTarget } from "@/analysis/targets";
import type { LngLat } from "@/domain/types";
import { deepFreeze, rng } from "./helpers";

const G = geographiclib.Geodesic;
const KYIV_PAIR: LngLat[] = [
  [30.49056, 50.46082],
  [30.4915, 50.4603],
];

function columns(pts: readonly LngLat[]) {
  const c = { lng: Float64Array.from(pts, (p) => p[0]), lat: Float64Array.from(pts, (p) => p[1]) };
  return { pts: c, terms: geodesicTerms(c) };
}

describe("nearestTargets", () => {
  it("without distances: settled points stay NaN, contested ones carry the deciding distance", () => {
    const r = rng(31);
    // On and near the perpendicular bisector of the 80 m pair both missions compete.
    const pts: LngLat[] = Array.from({ length: 400 }, (_, i) =>
      i % 2 ? [36 + r(), 49 + r()] : [30.4911 + (r() - 0.5) * 1e-4, 50.4606 + (r() - 0.5) * 1e-4],
    );
    const { pts: cols, terms } = columns(pts);
    const targets = [...KYIV_PAIR, [36.23, 49.99] as LngLat].map((p) => makeTarget(p));
    const r1 = nearestTargets(cols, terms, targets, false);
    const r2 = nearestTargets(cols, terms, targets, true);
    expect(Array.from(r1.index)).toEqual(Array.from(r2.index));
    let contested = 0;
    pts.forEach((p, i) => {
      const d = r1.distanceM[i] as number;
      if (Number.isNaN(d)) return;
      contested++;
      const m = [...KYIV_PAIR, [36.23, 49.99]][r1.index[i] as number] as LngLat;
      const e = G.WGS84.Inverse(p[1], p[0], m[1], m[0], G.DISTANCE).s12 ?? Number.NaN;
      expect(Math.abs(d - e)).toBeLessThan(1e-7);
      expect(r2.distanceM[i]).toBe(d);
    });
    expect(contested).toBeGreaterThan(0);
    expect(contested).toBeLessThan(pts.length / 2);
  });

  it("no targets or no points give -1 / NaN or empty arrays", () => {
    const { pts, terms } = columns([[30, 50]]);
    const none = nearestTargets(pts, terms, [], true);
    expect(Array.from(none.index)).toEqual([-1]);
    expect(Number.isNaN(none.distanceM[0])).toBe(true);
    const empty = columns([]);
    expect(nearestTargets(empty.pts, empty.terms, [makeTarget([30, 50])], true).index).toHaveLength(
      0,
    );
  });

  it("does not mutate its inputs", () => {
    const targets = deepFreeze(KYIV_PAIR.map((p) => makeTarget(p)));
    const { pts, terms } = columns([
      [30.4911, 50.4606],
      [30.6, 50.3],
    ]);
    const before = [pts.lng, pts.lat, terms.sinLng, terms.cosBeta].map((a) => Array.from(a));
    nearestTargets(pts, terms, targets, true);
    expect([pts.lng, pts.lat, terms.sinLng, terms.cosBeta].map((a) => Array.from(a))).toEqual(
      before,
    );
  });
});
