import { describe, expect, it } from "vitest";
import { toStrikeColumns } from "@/analysis/columns";
import {
  nearMisses,
  selectClusterList,
  selectMissionNearMisses,
  selectMissionRings,
  selectSelectedCluster,
} from "@/state/proximity-selectors";
import { selectMissionHistory } from "@/state/site-history-selectors";
import type { ClusterRunner } from "@/state/slices/proximity-slice";
import { createAppStore } from "@/state/store";
import { embassy, strike } from "../helpers/domain-fixtures";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// From the test embassy (30.49056, 50.46082): ~42 m, ~0.8 km, ~1.2 km and ~7.1 km.
const near = strike({ id: "near", time: "2025-11-14T01:00:00+02:00", lngLat: [30.4906, 50.4612] });
const mid = strike({ id: "mid", time: "2025-11-14T03:00:00+02:00", lngLat: [30.5, 50.465] });
const far = strike({ id: "far", time: "2024-01-02T08:00:00+02:00", lngLat: [30.59, 50.46] });
const day = strike({ id: "day", time: "2024-01-02T12:00:00+02:00", lngLat: [30.49, 50.45] });
const strikes = [far, day, near, mid];

function loadedStore(runner?: ClusterRunner) {
  const store = createAppStore(runner ? { clusterRunner: runner } : {});
  store
    .getState()
    .setLoadedData({ missions: [embassy], strikes, events: [], issues: [], datasetVersion: "t" });
  return store;
}

describe("nearMisses", () => {
  it("sorts by exact distance with both uncertainties in the interval", () => {
    const { rows, total } = nearMisses(embassy, strikes, toStrikeColumns(strikes), {
      lo: 0,
      hi: 4,
    });
    expect(total).toBe(4);
    expect(rows.map((r) => r.strike.id)).toEqual(["near", "mid", "day", "far"]);
    // Golden (geographiclib WGS84): 42.365734 m at 3.84413° from the embassy; 7061.697178 m to "far".
    expect(rows[0]?.distanceM).toBeCloseTo(42.365734, 5);
    expect(rows[0]?.bearingDeg).toBeCloseTo(3.84413, 4);
    expect(rows[0]?.minM).toBe(0);
    expect(rows[0]?.maxM).toBeCloseTo(42.365734 + 100 + 150, 5);
    expect(rows[3]?.distanceM).toBeCloseTo(7061.697178, 5);
  });

  it("does not mutate its input", () => {
    const frozen = deepFreeze([...strikes]);
    const columns = toStrikeColumns(frozen);
    const lng = Float64Array.from(columns.lng);
    expect(() =>
      nearMisses(deepFreeze({ ...embassy }), frozen, columns, { lo: 1, hi: 3 }),
    ).not.toThrow();
    expect(columns.lng).toEqual(lng);
    expect(frozen.map((s) => s.id)).toEqual(["far", "day", "near", "mid"]);
  });

  it("ranks only the given rows and builds at most `limit` of them", () => {
    const { rows, total } = nearMisses(
      embassy,
      strikes,
      toStrikeColumns(strikes),
      { lo: 1, hi: 4 },
      2,
    );
    expect(total).toBe(3);
    expect(rows.map((r) => r.strike.id)).toEqual(["near", "mid"]);
  });
});

describe("mission selectors", () => {
  it("follow the selected mission and the time window", () => {
    const store = loadedStore();
    expect(selectMissionNearMisses(store.getState())).toEqual({ rows: [], total: 0 });
    store.getState().select({ kind: "mission", id: embassy.id }, "list");
    expect(selectMissionNearMisses(store.getState()).total).toBe(4);
    expect(selectMissionRings(store.getState()).map((r) => [r.radiusM, r.count])).toEqual([
      [100, 1],
      [500, 1],
      [1000, 2],
      [5000, 3],
      [25000, 4],
    ]);
    store.getState().setTimeWindow({
      startMs: Date.parse("2025-11-13T18:00:00+02:00"),
      endMs: Date.parse("2025-11-14T06:00:00+02:00"),
    });
    expect(selectMissionNearMisses(store.getState()).rows.map((r) => r.strike.id)).toEqual([
      "near",
      "mid",
    ]);
    expect(selectMissionRings(store.getState()).map((r) => r.count)).toEqual([1, 1, 2, 2, 2]);
    // Within 100 m ± (100 m + 150 m) the mid strike (~0.8 km) is not possible; within 1 km it is.
    expect(selectMissionRings(store.getState()).map((r) => r.possibleCount)).toEqual([
      1, 1, 2, 2, 2,
    ]);
    // The history ignores the window and leaves no strike out: daytime (08:00, 12:00) included.
    const history = selectMissionHistory(store.getState());
    expect(history.total).toBe(4);
    expect(history.aggregated).toBe(false);
    expect(history.rows.map((r) => r.strike.id)).toEqual(["far", "day", "near", "mid"]);
    expect(history.rows[2]?.distanceM).toBeCloseTo(42, -1);
    store.getState().setRingRadii([2000, Number.NaN, -5, 2000, 50]);
    expect(selectMissionRings(store.getState()).map((r) => r.radiusM)).toEqual([50, 2000]);
  });
});

describe("clusters", () => {
  const runner: ClusterRunner = async ({ strikes: input }) => [
    {
      id: 0,
      count: input.length,
      strikeIds: input.map((s) => s.id),
      startMs: input[0]?.tMs ?? 0,
      endMs: input.at(-1)?.tMs ?? 0,
      centroid: [30.49, 50.46],
      badgeAt: [30.49, 50.46],
      nearestMissionId: embassy.id,
      nearestMissionDistanceM: 12,
    },
  ];

  it("are computed once per window and settings, and resolve names and strikes", async () => {
    let calls = 0;
    const store = loadedStore(async (input) => {
      calls++;
      return runner(input);
    });
    store.getState().ensureClusters();
    store.getState().ensureClusters();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
    expect(store.getState().clusterStatus).toBe("ready");
    expect(selectClusterList(store.getState())[0]?.nearestMissionName?.en).toBe("Test Embassy");
    store.getState().selectCluster(0);
    expect(selectSelectedCluster(store.getState())?.strikes.map((s) => s.id)).toEqual(
      strikes.map((s) => s.id),
    );
    store.getState().ensureClusters();
    expect(calls).toBe(1);
    store.getState().setClusterSettings({ epsM: 5 });
    expect(store.getState().clusterEpsM).toBe(10);
    store.getState().ensureClusters();
    expect(calls).toBe(2);
  });

  it("discard a result that arrives after the window moved on", async () => {
    const pending: Array<() => void> = [];
    const store = loadedStore(
      (input) => new Promise((resolve) => pending.push(() => resolve(runner(input)))),
    );
    store.getState().ensureClusters();
    store.getState().setClusterSettings({ minPoints: 2.6 });
    expect(store.getState().clusterMinPoints).toBe(3);
    store.getState().setClusterSettings({ minPoints: 2 });
    store.getState().ensureClusters();
    pending[0]?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().clusterResult).toBeUndefined();
    pending[1]?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().clusterResult?.key).toMatch(/:2:/);
  });
});
