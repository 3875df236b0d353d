import type { FeatureCollection } from "geojson";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SOURCE_CLUSTERS } from "@/map/clusters/ids";
import { SOURCE_MISSION_HALOS, SOURCE_MISSIONS } from "@/map/ids";
import { syncClusters } from "@/map/sync/clusters-sync";
import { syncMissions } from "@/map/sync/missions-sync";
import type { ClusterInput, ClusterView } from "@/state/slices/proximity-slice";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { type CapturedFrames, captureFrames, FakeMap } from "../../helpers/fake-map";
import { hourlyStrikes, hoursWindow, storeWith } from "../../helpers/map-store";

let frames: CapturedFrames;
beforeEach(() => {
  vi.useFakeTimers();
  frames = captureFrames();
});
afterEach(() => {
  frames.restore();
  vi.useRealTimers();
});

function features(map: FakeMap, id: string) {
  const source = map.getSource(id);
  if (!source) throw new Error(`no source ${id}`);
  return (source.data as FeatureCollection).features;
}

describe("syncMissions", () => {
  it("sends missions and their halos at once and again when the data set changes", () => {
    const map = new FakeMap().withSources(SOURCE_MISSIONS, SOURCE_MISSION_HALOS);
    const store = storeWith(hourlyStrikes(3));
    const stop = syncMissions(map.asMap, store, () => []);
    expect(features(map, SOURCE_MISSIONS)).toHaveLength(2);
    expect(features(map, SOURCE_MISSION_HALOS)).toHaveLength(2);
    const { missions } = store.getState();
    store.setState({ missions: missions.slice(0, 1) });
    expect(features(map, SOURCE_MISSIONS)).toHaveLength(1);
    stop();
    store.setState({ missions });
    expect(features(map, SOURCE_MISSIONS)).toHaveLength(1);
  });
});

describe("syncClusters", () => {
  const view = (input: ClusterInput): ClusterView[] => [
    {
      id: 0,
      count: 2,
      strikeIds: ["s0", "s1"],
      startMs: input.window.startMs,
      endMs: input.window.endMs,
      centroid: [30.4, 50.4],
      badgeAt: [30.4, 50.4],
    },
  ];

  function setup(mapStatus: "loading" | "ready" = "ready") {
    const runs: ClusterInput[] = [];
    const map = new FakeMap();
    const store = storeWith(hourlyStrikes(10), async (input) => {
      runs.push(input);
      return view(input);
    });
    store.getState().setMapStatus(mapStatus);
    const stop = syncClusters(map.asMap, store);
    return { map, store, stop, runs };
  }

  it("waits for the map's first ready before the first clustering", () => {
    const { store, runs } = setup("loading");
    store.getState().setTimeWindow(hoursWindow(1, 5));
    vi.advanceTimersByTime(WINDOW_REST_MS * 2);
    expect(runs).toHaveLength(0);
    store.getState().setMapStatus("ready");
    expect(runs).toHaveLength(1);
    expect(runs[0]?.window).toEqual(hoursWindow(1, 5));
  });

  it("clusters the window at once, then draws the result in one frame", async () => {
    const { map, runs } = setup();
    expect(runs).toHaveLength(1);
    await Promise.resolve(); // the runner's result arrives
    frames.run();
    expect(features(map, SOURCE_CLUSTERS).length).toBeGreaterThan(0);
  });

  it("re-clusters only once the window has rested, not on every step", async () => {
    const { store, runs } = setup();
    for (let step = 1; step < 5; step++) {
      store.getState().setTimeWindow(hoursWindow(step, step + 4));
      vi.advanceTimersByTime(WINDOW_REST_MS / 3);
    }
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(runs).toHaveLength(2);
    expect(runs[1]?.window).toEqual(hoursWindow(4, 8));
  });

  it("hides the clusters when switched off and stops on teardown", async () => {
    const { map, store, stop, runs } = setup();
    await Promise.resolve();
    frames.run();
    store.getState().setClustersVisible(false);
    frames.run();
    expect(features(map, SOURCE_CLUSTERS)).toEqual([]);
    stop();
    store.getState().setTimeWindow(hoursWindow(2, 3));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(runs).toHaveLength(1);
  });

  it("chooses the cluster whose badge is clicked, in either badge layer", async () => {
    const { map, store } = setup();
    await Promise.resolve();
    frames.run();
    const asked: string[][] = [];
    const badgeIn = (layer: string) => (_point: unknown, options: { layers: string[] }) => {
      asked.push(options.layers);
      return options.layers.includes(layer) ? [{ properties: { clusterId: 0 } }] : [];
    };
    for (const layer of ["cluster-badges", "cluster-badges-chosen"]) {
      store.getState().selectCluster(undefined);
      map.queryRenderedFeatures = badgeIn(layer) as never;
      map.fire("click", { point: { x: 5, y: 5 } });
      expect(store.getState().selectedClusterId).toBe(0);
    }
    expect(asked.at(-1)).toEqual(["cluster-badges", "cluster-badges-chosen"]);
  });
});
