import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidCoordinateError } from "@/analysis/errors";
import {
  distanceInterval,
  geodesicCircle,
  geodesicDirect,
  geodesicInverse,
  geodesicLine,
  normalizeBearingDeg,
} from "@/analysis/geodesic";
import type { LngLat } from "@/domain/types";
import { angleDiffDeg, deepFreeze, fixture, geodTest } from "./helpers";

const G = geographiclib.Geodesic;
const rows = [...geodTest("GeodTest-100.dat"), ...geodTest("GeodTest-short-every3rd.dat")];

describe("geodesicInverse against GeographicLib's GeodTest", () => {
  it("has 3434 test lines", () => expect(rows).toHaveLength(3434));

  it("distance error ≤ 1 mm on every line (measured ~1e-8 m)", () => {
    let worst = 0;
    for (const [lat1, lon1, , lat2, lon2, , s12] of rows as number[][]) {
      const d = geodesicInverse(
        [lon1 as number, lat1 as number],
        [lon2 as number, lat2 as number],
      ).distanceM;
      worst = Math.max(worst, Math.abs(d - (s12 as number)));
    }
    expect(worst).toBeLessThanOrEqual(1e-3);
    expect(worst).toBeLessThan(1e-7);
  });

  it("azimuth error ≤ 1e-6° wherever the azimuth is well conditioned", () => {
    // Near-antipodal lines have reduced length m12 ≈ 0: there the azimuth is undetermined to
    // double precision, so those lines are checked as m12·δα (the far-end displacement) ≤ 1 µm.
    let worstDeg = 0;
    let worstDisplacementM = 0;
    let illConditioned = 0;
    for (const [lat1, lon1, azi1, lat2, lon2, , , , m12] of rows as number[][]) {
      const g = geodesicInverse([lon1 as number, lat1 as number], [lon2 as number, lat2 as number]);
      const da = Math.abs(angleDiffDeg(g.initialBearingDeg, azi1 as number));
      if (Math.abs(m12 as number) >= 1000) worstDeg = Math.max(worstDeg, da);
      else illConditioned++;
      worstDisplacementM = Math.max(
        worstDisplacementM,
        ((da * Math.PI) / 180) * Math.abs(m12 as number),
      );
    }
    expect(worstDeg).toBeLessThanOrEqual(1e-6);
    expect(worstDisplacementM).toBeLessThanOrEqual(1e-6);
    expect(illConditioned).toBeLessThan(rows.length / 2);
  });
});

describe("geodesicInverse golden cases", () => {
  const golden = fixture<{
    inverse: {
      label: string;
      a: LngLat;
      b: LngLat;
      distanceM: number;
      initialBearingDeg: number;
      finalBearingDeg: number;
    }[];
  }>("analysis/geodesic.json");
  for (const c of golden.inverse) {
    it(c.label, () => {
      const g = geodesicInverse(c.a, c.b);
      expect(g.distanceM).toBeCloseTo(c.distanceM, 6);
      if (c.distanceM > 0)
        expect(Math.abs(angleDiffDeg(g.initialBearingDeg, c.initialBearingDeg))).toBeLessThan(1e-9);
      expect(g.initialBearingDeg).toBeGreaterThanOrEqual(0);
      expect(g.initialBearingDeg).toBeLessThan(360);
    });
  }

  it("matches textbook WGS84 constants", () => {
    expect(geodesicInverse([0, 0], [1, 0]).distanceM).toBeCloseTo((6_378_137 * Math.PI) / 180, 6);
    expect(geodesicInverse([0, 0], [0, 90]).distanceM).toBeCloseTo(10_001_965.729, 3);
  });

  it("crosses the antimeridian the short way", () => {
    const g = geodesicInverse([179.9, 0], [-179.9, 0]);
    expect(g.distanceM).toBeCloseTo(geodesicInverse([0, 0], [0.2, 0]).distanceM, 6);
    expect(g.initialBearingDeg).toBeCloseTo(90, 9);
  });

  it("identical points give 0 m", () => {
    expect(geodesicInverse([30.5, 50.5], [30.5, 50.5]).distanceM).toBe(0);
    expect(geodesicInverse([0, 90], [0, 90]).distanceM).toBe(0);
  });
});

describe("bad input", () => {
  const bad: [string, LngLat][] = [
    ["NaN longitude", [Number.NaN, 0]],
    ["NaN latitude", [0, Number.NaN]],
    ["latitude > 90", [0, 90.0001]],
    ["latitude < -90", [0, -91]],
    ["longitude > 180", [180.5, 0]],
    ["longitude < -180", [-181, 0]],
    ["infinite", [Number.POSITIVE_INFINITY, 0]],
  ];
  for (const [label, p] of bad) {
    it(`${label} throws InvalidCoordinateError`, () => {
      expect(() => geodesicInverse(p, [0, 0])).toThrow(InvalidCoordinateError);
      expect(() => geodesicInverse([0, 0], p)).toThrow(InvalidCoordinateError);
      expect(() => geodesicCircle(p, 100)).toThrow(InvalidCoordinateError);
    });
  }
  it("rejects negative or NaN radius, bad step counts and segment lengths", () => {
    expect(() => geodesicCircle([0, 0], -1)).toThrow(InvalidArgumentError);
    expect(() => geodesicCircle([0, 0], Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => geodesicCircle([0, 0], 10, 2)).toThrow(InvalidArgumentError);
    expect(() => geodesicCircle([0, 0], 10, 3.5)).toThrow(InvalidArgumentError);
    expect(() => geodesicLine([0, 0], [1, 1], 0)).toThrow(InvalidArgumentError);
    expect(() => distanceInterval(-1, 0, 0)).toThrow(InvalidArgumentError);
    expect(() => distanceInterval(1, Number.NaN, 0)).toThrow(InvalidArgumentError);
  });
  it("accepts the boundary values ±180 and ±90", () => {
    expect(geodesicInverse([-180, -90], [180, 90]).distanceM).toBeCloseTo(2 * 10_001_965.729, 2);
  });
});

describe("geodesicCircle", () => {
  const golden = fixture<{
    circles: { center: LngLat; radiusM: number; steps: number; ring: LngLat[] }[];
  }>("analysis/geodesic.json");
  for (const c of golden.circles) {
    it(`golden ring r=${c.radiusM} m at ${c.center.join(",")}`, () => {
      const ring = geodesicCircle(c.center, c.radiusM, c.steps);
      expect(ring.map(([x, y]) => [Number(x.toFixed(6)), Number(y.toFixed(6))])).toEqual(c.ring);
    });
  }

  it("puts every vertex at the true radius, closed and counter-clockwise", () => {
    const center: LngLat = [30.49056, 50.46082];
    const ring = geodesicCircle(center, 5000, 64);
    expect(ring).toHaveLength(65);
    expect(ring[64]).toEqual(ring[0]);
    for (const p of ring) {
      const d = G.WGS84.Inverse(center[1], center[0], p[1], p[0], G.DISTANCE).s12 ?? 0;
      expect(Math.abs(d - 5000)).toBeLessThan(1e-6);
    }
    let twiceArea = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i] as LngLat;
      const [x2, y2] = ring[i + 1] as LngLat;
      twiceArea += x1 * y2 - x2 * y1;
    }
    expect(twiceArea).toBeGreaterThan(0); // shoelace > 0: counter-clockwise
  });

  it("stays continuous across the antimeridian (unrolled longitudes)", () => {
    const ring = geodesicCircle([179.99, 0], 25_000, 16);
    for (const [lng] of ring) expect(lng).toBeGreaterThan(179.7);
    expect(Math.max(...ring.map((p) => p[0]))).toBeGreaterThan(180);
  });

  it("radius 0 gives the centre repeated", () => {
    expect(geodesicCircle([10, 20], 0, 4)).toEqual(Array.from({ length: 5 }, () => [10, 20]));
  });
});

describe("geodesicLine and geodesicDirect", () => {
  const golden = fixture<{
    lines: { a: LngLat; b: LngLat; maxSegmentM: number; points: LngLat[] }[];
  }>("analysis/geodesic.json");
  for (const c of golden.lines) {
    it(`golden line ${c.a.join(",")} → ${c.b.join(",")}`, () => {
      const pts = geodesicLine(c.a, c.b, c.maxSegmentM);
      expect(pts.map(([x, y]) => [Number(x.toFixed(6)), Number(y.toFixed(6))])).toEqual(c.points);
    });
  }

  it("keeps segments no longer than maxSegmentM and ends exactly at b", () => {
    const a: LngLat = [30.49056, 50.46082];
    const b: LngLat = [28.45, 45.3];
    const pts = geodesicLine(a, b, 20_000);
    expect(pts[0]).toEqual(a);
    expect(pts.at(-1)?.[1]).toBe(b[1]);
    expect(pts.at(-1)?.[0]).toBeCloseTo(b[0], 12);
    for (let i = 0; i + 1 < pts.length; i++) {
      expect(geodesicInverse(pts[i] as LngLat, pts[i + 1] as LngLat).distanceM).toBeLessThanOrEqual(
        20_000 + 1e-6,
      );
    }
  });

  it("identical points give [a, a]", () => {
    expect(geodesicLine([5, 5], [5, 5])).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });

  it("geodesicDirect lands where geodesicInverse says", () => {
    const p = geodesicDirect([30.49056, 50.46082], 123.4, 54_321);
    const back = geodesicInverse([30.49056, 50.46082], p);
    expect(back.distanceM).toBeCloseTo(54_321, 6);
    expect(back.initialBearingDeg).toBeCloseTo(123.4, 9);
  });
});

describe("distanceInterval and normalizeBearingDeg", () => {
  it("widens by both uncertainties and clamps at 0", () => {
    expect(distanceInterval(1000, 150, 30)).toEqual({ minM: 820, maxM: 1180 });
    expect(distanceInterval(100, 150, 30)).toEqual({ minM: 0, maxM: 280 });
    expect(distanceInterval(0, 0, 0)).toEqual({ minM: 0, maxM: 0 });
  });
  it("maps azimuths to [0, 360)", () => {
    expect(normalizeBearingDeg(-90)).toBe(270);
    expect(normalizeBearingDeg(360)).toBe(0);
    expect(normalizeBearingDeg(-0)).toBe(0);
    expect(normalizeBearingDeg(725)).toBe(5);
  });
});

describe("purity", () => {
  it("does not mutate its inputs", () => {
    const a = deepFreeze([30.49056, 50.46082] as [number, number]);
    const b = deepFreeze([36.23, 49.99] as [number, number]);
    expect(() => {
      geodesicInverse(a, b);
      geodesicLine(a, b);
      geodesicCircle(a, 1000);
      geodesicDirect(a, 10, 10);
    }).not.toThrow();
    expect(a).toEqual([30.49056, 50.46082]);
  });
});
