import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { strikeColumnsFrom } from "@/analysis/columns";
import { InvalidArgumentError, InvalidCoordinateError } from "@/analysis/errors";
import {
  type MissionLike,
  nearestMission,
  nearestMissionIndex,
  nearestMissions,
  strikeMissionDistances,
} from "@/analysis/proximity";
import type { LngLat } from "@/domain/types";
import { deepFreeze, fixture, rng } from "./helpers";

const G = geographiclib.Geodesic;
const golden = fixture<{
  missions: MissionLike[];
  strikes: LngLat[];
  nearest: { index: number; distanceM: number }[];
  tables: {
    strike: { lngLat: LngLat; uncertaintyM: number };
    rows: Record<string, number | string>[];
  }[];
}>("analysis/proximity.json");
const missions = golden.missions;

function bruteForce(points: readonly LngLat[], ms: readonly MissionLike[]) {
  return points.map((p) => {
    let index = -1;
    let distanceM = Number.POSITIVE_INFINITY;
    ms.forEach((m, j) => {
      const d = G.WGS84.Inverse(p[1], p[0], m.lngLat[1], m.lngLat[0], G.DISTANCE).s12 ?? Number.NaN;
      if (d < distanceM) {
        distanceM = d;
        index = j;
      }
    });
    return { index, distanceM };
  });
}

describe("strikeMissionDistances", () => {
  for (const t of golden.tables) {
    it(`golden table for a strike at ${t.strike.lngLat.join(",")}`, () => {
      const rows = strikeMissionDistances(t.strike, missions);
      expect(rows.map((r) => r.missionId)).toEqual(t.rows.map((r) => r.missionId));
      rows.forEach((r, i) => {
        const e = t.rows[i] as Record<string, number>;
        expect(r.distanceM).toBeCloseTo(e.distanceM as number, 6);
        expect(r.bearingDeg).toBeCloseTo(e.bearingDeg as number, 9);
        expect(r.bearingFromMissionDeg).toBeCloseTo(e.bearingFromMissionDeg as number, 9);
        expect(r.minM).toBeCloseTo(e.minM as number, 6);
        expect(r.maxM).toBeCloseTo(e.maxM as number, 6);
      });
    });
  }

  it("sorts nearest first and keeps the input order on ties", () => {
    const twins: MissionLike[] = [
      { id: "b", lngLat: [30, 50], uncertaintyM: 0 },
      { id: "a", lngLat: [30, 50], uncertaintyM: 0 },
      { id: "near", lngLat: [30.001, 50], uncertaintyM: 0 },
    ];
    const rows = strikeMissionDistances({ lngLat: [30.0011, 50], uncertaintyM: 0 }, twins);
    expect(rows.map((r) => r.missionId)).toEqual(["near", "b", "a"]);
  });

  it("no missions gives []; bad input throws typed errors", () => {
    expect(strikeMissionDistances({ lngLat: [30, 50], uncertaintyM: 1 }, [])).toEqual([]);
    expect(() =>
      strikeMissionDistances({ lngLat: [Number.NaN, 50], uncertaintyM: 1 }, missions),
    ).toThrow(InvalidCoordinateError);
    expect(() => strikeMissionDistances({ lngLat: [30, 50], uncertaintyM: -1 }, missions)).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("nearestMissions", () => {
  it("matches the golden brute-force answers, including points on the Kyiv missions' bisector", () => {
    const r = nearestMissions(golden.strikes, missions);
    golden.nearest.forEach((e, i) => {
      expect(r.index[i]).toBe(e.index);
      expect(Math.abs((r.distanceM[i] as number) - e.distanceM)).toBeLessThan(1e-6);
    });
  });

  it("equals a geographiclib argmin on 20k random points (lists and columns)", () => {
    const r = rng(5);
    const pts: LngLat[] = Array.from({ length: 20_000 }, (_, i) =>
      i % 4 === 0
        ? [30.491 + (r() - 0.5) * 0.02, 50.4605 + (r() - 0.5) * 0.02] // crowded around the 80 m pair
        : i % 4 === 1
          ? [30.68 + (r() - 0.5) * 0.6, 46.465 + (r() - 0.5) * 0.4] // around the Odesa pair (8 km)
          : [22 + r() * 18, 44.3 + r() * 8],
    );
    const expected = bruteForce(pts, missions);
    const fromList = nearestMissions(pts, missions);
    const cols = strikeColumnsFrom(
      Float64Array.from(pts, (p) => p[0]),
      Float64Array.from(pts, (p) => p[1]),
      new Float64Array(pts.length),
    );
    const fromCols = nearestMissions(cols, missions);
    let worst = 0;
    expected.forEach((e, i) => {
      expect(fromList.index[i]).toBe(e.index);
      expect(fromCols.index[i]).toBe(e.index);
      worst = Math.max(worst, Math.abs((fromCols.distanceM[i] as number) - e.distanceM));
    });
    expect(worst).toBeLessThan(1e-6);
    expect(Array.from(nearestMissionIndex(cols, missions))).toEqual(expected.map((e) => e.index));
  }, 60_000); // a loaded 2-core machine takes >5 s for the brute-force oracle

  it("equals a geographiclib argmin with 40 missions (many candidates per cell)", () => {
    const r = rng(12);
    const many: MissionLike[] = Array.from({ length: 40 }, (_, j) => ({
      id: `m${j}`,
      lngLat: [22 + r() * 18, 44.3 + r() * 8],
      uncertaintyM: 0,
    }));
    const pts: LngLat[] = Array.from({ length: 4000 }, () => [22 + r() * 18, 44.3 + r() * 8]);
    const expected = bruteForce(pts, many);
    const got = nearestMissions(pts, many);
    expected.forEach((e, i) => {
      expect(got.index[i]).toBe(e.index);
      expect(Math.abs((got.distanceM[i] as number) - e.distanceM)).toBeLessThan(1e-7);
    });
  }, 60_000); // a loaded 2-core machine takes >5 s for the brute-force oracle

  it("works worldwide, across the antimeridian and near the poles", () => {
    const r = rng(9);
    const far: MissionLike[] = [
      { id: "fiji", lngLat: [179.9, -17], uncertaintyM: 0 },
      { id: "samoa", lngLat: [-179.9, -17.01], uncertaintyM: 0 },
      { id: "pole", lngLat: [0, 89.9], uncertaintyM: 0 },
      { id: "south", lngLat: [45, -89.5], uncertaintyM: 0 },
      { id: "kyiv", lngLat: [30.5, 50.45], uncertaintyM: 0 },
    ];
    const pts: LngLat[] = Array.from({ length: 3000 }, (_, i) =>
      i % 2
        ? [r() * 360 - 180, (Math.asin(2 * r() - 1) * 180) / Math.PI]
        : ([179.5 + r(), -17.5 + r()].map((v, k) =>
            k === 0 && v > 180 ? v - 360 : v,
          ) as unknown as LngLat),
    );
    const expected = bruteForce(pts, far);
    const got = nearestMissions(pts, far);
    expected.forEach((e, i) => {
      expect(got.index[i]).toBe(e.index);
      expect(Math.abs((got.distanceM[i] as number) - e.distanceM)).toBeLessThan(1e-6);
    });
  });

  it("settles exact ties by geographiclib: points on a meridian between mirrored missions", () => {
    // Missions mirrored about the 30° meridian are exactly equidistant from every point on it;
    // the kernel's last bits may differ, geographiclib's do not, and the lower index must win.
    const mirrored: MissionLike[] = [
      { id: "west", lngLat: [29.9, 50], uncertaintyM: 0 },
      { id: "east", lngLat: [30.1, 50], uncertaintyM: 0 },
    ];
    const pts: LngLat[] = Array.from({ length: 400 }, (_, i) => [30, 44 + i * 0.02]);
    const got = nearestMissions(pts, mirrored);
    expect(Array.from(got.index)).toEqual(bruteForce(pts, mirrored).map((e) => e.index));
    expect(new Set(got.index)).toEqual(new Set([0]));
  });

  it("ties between identical missions go to the lower index", () => {
    const twins: MissionLike[] = [
      { id: "x", lngLat: [31, 49], uncertaintyM: 0 },
      { id: "y", lngLat: [30, 50], uncertaintyM: 0 },
      { id: "z", lngLat: [30, 50], uncertaintyM: 0 },
    ];
    expect(Array.from(nearestMissions([[30.2, 50.1]], twins).index)).toEqual([1]);
    expect(nearestMission([30, 50], twins)).toEqual({ missionId: "y", index: 1, distanceM: 0 });
  });

  it("empty inputs: no points → empty arrays; no missions → -1 and NaN", () => {
    expect(nearestMissions([], missions).index).toHaveLength(0);
    const r = nearestMissions([[30, 50]], []);
    expect(Array.from(r.index)).toEqual([-1]);
    expect(Number.isNaN(r.distanceM[0])).toBe(true);
    expect(nearestMission([30, 50], [])).toBeUndefined();
  });

  it("bad coordinates throw InvalidCoordinateError with the index", () => {
    try {
      nearestMissions(
        [
          [30, 50],
          [30, 95],
        ],
        missions,
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidCoordinateError);
      expect((e as InvalidCoordinateError).index).toBe(1);
    }
    expect(() =>
      nearestMissions([[30, 50]], [{ id: "bad", lngLat: [Number.NaN, 0], uncertaintyM: 0 }]),
    ).toThrow(InvalidCoordinateError);
  });

  it("does not mutate its inputs", () => {
    const pts = deepFreeze(golden.strikes.map((p) => [p[0], p[1]] as LngLat));
    const ms = deepFreeze(missions.map((m) => ({ ...m })));
    const lng = Float64Array.from(pts, (p) => p[0]);
    const before = Array.from(lng);
    nearestMissions(pts, ms);
    nearestMissions({ lng, lat: Float64Array.from(pts, (p) => p[1]) }, ms);
    expect(Array.from(lng)).toEqual(before);
  });
});
