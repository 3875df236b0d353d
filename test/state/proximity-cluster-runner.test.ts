import { clustersDbscan, featureCollection, point } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { createWorkerClusterRunner, toClusterView } from "@/state/cluster-runner";
import { SELECTOR_WARMERS } from "@/state/data-warmers";
import { selectRawStrikeColumns } from "@/state/selectors";
import { createAppStore } from "@/state/store";
import { createAnalysisClient } from "@/workers/analysis-client";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";
import { hourlyStrikes } from "../helpers/map-store";

const at = (id: string, time: string, lngLat: [number, number]) => strike({ id, time, lngLat });
const strikes = [
  at("a", "2025-11-13T20:00:00+02:00", [30.49, 50.46]),
  at("b", "2025-11-13T21:00:00+02:00", [30.492, 50.461]),
  at("c", "2025-11-13T22:00:00+02:00", [30.491, 50.4625]),
  at("far", "2025-11-13T23:00:00+02:00", [30.7, 50.4]),
  at("later", "2025-11-20T01:00:00+02:00", [30.4905, 50.4605]),
];
const night = {
  startMs: Date.parse("2025-11-13T18:00:00+02:00"),
  endMs: Date.parse("2025-11-14T06:00:00+02:00"),
};

describe("worker cluster runner (in-thread client)", () => {
  it("clusters only the window, as Turf does, with ids, span, hull and nearest mission", async () => {
    const run = createWorkerClusterRunner(() => createAnalysisClient({ worker: null }));
    const input = {
      key: "k",
      strikes,
      missions: [embassy, consulate],
      window: night,
      epsM: 500,
      minPoints: 3,
    };
    const [cluster, ...rest] = await run(input);
    expect(rest).toEqual([]);
    expect(cluster?.strikeIds).toEqual(["a", "b", "c"]);
    expect(cluster?.count).toBe(3);
    expect([cluster?.startMs, cluster?.endMs]).toEqual([strikes[0]?.tMs, strikes[2]?.tMs]);
    expect(cluster?.nearestMissionId).toBe(embassy.id);
    expect(cluster?.hull?.length).toBeGreaterThanOrEqual(4);
    // Reference: Turf on the same four window points.
    const fc = featureCollection(strikes.slice(0, 4).map((s) => point([s.lngLat[0], s.lngLat[1]])));
    const turf = clustersDbscan(fc, 0.5, { units: "kilometers", minPoints: 3 });
    expect(turf.features.map((f) => f.properties.cluster)).toEqual([0, 0, 0, undefined]);
  });

  it("reloads the data set when the strikes change", async () => {
    const run = createWorkerClusterRunner(() => createAnalysisClient({ worker: null }));
    const base = {
      key: "k",
      missions: [embassy],
      window: { startMs: 0, endMs: Date.parse("2026-01-01") },
      epsM: 500,
      minPoints: 3,
    };
    expect((await run({ ...base, strikes }))[0]?.strikeIds).toEqual(["a", "b", "c", "later"]);
    const fewer = strikes.filter((s) => s.id !== "b");
    expect((await run({ ...base, strikes: fewer }))[0]?.strikeIds).toEqual(["a", "c", "later"]);
  });

  it("sends the analysis worker the columns warmed ahead of the commit, not new ones", async () => {
    const sent: unknown[] = [];
    const run = createWorkerClusterRunner(() => {
      const client = createAnalysisClient({ worker: null });
      return {
        ...client,
        setData: (columns, missions) => {
          sent.push(columns);
          return client.setData(columns, missions);
        },
      };
    });
    const next = { ...createAppStore().getState(), strikes };
    const warmed = SELECTOR_WARMERS.map((warm) => warm(next)).find(
      (v) => v === selectRawStrikeColumns(next),
    );
    expect(warmed).toBeDefined();
    await run({ key: "k", strikes, missions: [embassy], window: night, epsM: 500, minPoints: 3 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBe(warmed);
  });

  it("feeds the store's clusters end to end", async () => {
    const store = createAppStore({
      clusterRunner: createWorkerClusterRunner(() => createAnalysisClient({ worker: null })),
    });
    store
      .getState()
      .setLoadedData({ missions: [embassy], strikes, events: [], issues: [], datasetVersion: "x" });
    store.getState().setTimeWindow(night);
    store.getState().ensureClusters();
    await expect.poll(() => store.getState().clusterStatus).toBe("ready");
    expect(store.getState().clusterResult?.clusters.map((c) => c.count)).toEqual([3]);
  });
});

describe("toClusterView", () => {
  it("puts the badge at the northernmost member, read by index, else at the centroid", () => {
    const strikes = hourlyStrikes(300);
    const summary = {
      id: 4,
      count: 3,
      coreCount: 3,
      strikeIndices: [5, 250, 120],
      startMs: 0,
      endMs: 1,
      centroid: [30.45, 50.401] as [number, number],
    };
    const view = toClusterView(summary, strikes);
    // Strike i sits at latitude 50.4 + floor(i / 100) · 0.001: 250 is the northernmost.
    expect(view.badgeAt).toEqual(strikes[250]?.lngLat);
    expect(view.strikeIds).toEqual(["s5", "s250", "s120"]);
    expect(toClusterView({ ...summary, strikeIndices: [] }, strikes).badgeAt).toEqual([
      30.45, 50.401,
    ]);
  });
});
