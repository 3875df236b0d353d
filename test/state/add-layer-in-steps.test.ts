import { describe, expect, it } from "vitest";
import { addDataWarmer, SELECTOR_WARMERS } from "@/state/data-warmers";
import { selectStrikeTimes } from "@/state/selectors";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import type { AppState } from "@/state/store";
import { createAppStore } from "@/state/store";
import { selectHistogram } from "@/state/time-selectors";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

const builtin = {
  missions: [embassy, consulate],
  strikes: [
    strike({ id: "b1", mapId: 1, time: "2025-11-14T01:00:00+02:00" }),
    strike({ id: "b2", mapId: 2, time: "2025-11-20T01:00:00+02:00" }),
  ],
  events: [],
  issues: [],
  datasetVersion: "t",
};

/** A fresh layer each call (the store numbers fresh records in place). */
function layer(id: string, hours: readonly number[] = [0, 30, 200]): ImportedLayer {
  return {
    id,
    fileName: `${id}.csv`,
    target: "strikes",
    importedAtMs: 0,
    rowCount: hours.length,
    strikes: hours.map((h, i) =>
      strike({
        id: `${id}:${i + 1}`,
        mapId: 0,
        layerId: id,
        time: new Date(Date.parse("2025-11-10T00:00:00Z") + h * 3_600_000).toISOString(),
      }),
    ),
    missions: [],
    problems: [],
    visible: true,
  };
}

function loaded() {
  const store = createAppStore({ clusterRunner: async () => [] });
  store.getState().setLoadedData(builtin);
  return store;
}

const facts = (s: AppState) => ({
  strikes: s.strikes.map((x) => [x.id, x.mapId]),
  layers: s.layers.map((l) => l.id),
  timeWindow: s.timeWindow,
  selection: s.selection,
});

const immediately = () => Promise.resolve();

/** A pause that runs `during(n)` at its n-th call (1-based), as something the user does meanwhile. */
const pausing = (during: (n: number) => void) => {
  let n = 0;
  return async () => during(++n);
};

/** The time column a warmer computed ahead for `store`'s next state (read after the steps). */
function warmedTimes(store: ReturnType<typeof loaded>): () => Float64Array | undefined {
  let warmed: Float64Array | undefined;
  addDataWarmer(store, (next) => {
    warmed = selectStrikeTimes(next);
  });
  return () => warmed;
}

describe("addLayerInSteps", () => {
  it("ends in the same state as addLayer", async () => {
    const once = loaded();
    const steps = loaded();
    once.getState().select({ kind: "strike", id: "b2" }, "list");
    steps.getState().select({ kind: "strike", id: "b2" }, "list");
    once.getState().addLayer(layer("a"));
    await steps.getState().addLayerInSteps(layer("a"), immediately);
    expect(facts(steps.getState())).toEqual(facts(once.getState()));
    expect(steps.getState().strikes).toHaveLength(5);
  });

  it("computes what the new data makes before the commit, one piece per pause", async () => {
    const store = loaded();
    let pauses = 0;
    const seen: { committed: boolean; pausesBefore: number; times?: Float64Array }[] = [];
    addDataWarmer(store, (next) => {
      seen.push({
        committed: store.getState().strikes === next.strikes,
        pausesBefore: pauses,
        // The store's own warmers ran before this one: a memo hit, the same array.
        times: selectStrikeTimes(next),
      });
    });
    await store.getState().addLayerInSteps(layer("a"), async () => {
      pauses++;
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.committed).toBe(false);
    // A pause before each of the numbering, the merge and every store warmer.
    expect(seen[0]?.pausesBefore).toBe(SELECTOR_WARMERS.length + 3);
    // The commit's readers find the values computed ahead: the same objects.
    const state = store.getState();
    expect(selectStrikeTimes(state)).toBe(seen[0]?.times);
    expect(selectStrikeTimes(state)).toHaveLength(5);
    expect(selectHistogram(state).reduce((n, b) => n + b.count, 0)).toBe(5);
  });

  it.each([
    [1, "between the numbering and the merge"],
    [3, "while warming"],
  ])(
    "merges again when the layers change meanwhile (pause %i: %s), keeping every mapId unique",
    async (restoreAt) => {
      const store = loaded();
      let pauses = 0;
      await store.getState().addLayerInSteps(layer("a"), async () => {
        // A layer read back from storage lands while the import is being applied.
        if (++pauses === restoreAt) store.getState().setLayers([layer("restored", [5, 6])]);
      });
      const { strikes, layers } = store.getState();
      expect(layers.map((l) => l.id)).toEqual(["restored", "a"]);
      expect(strikes).toHaveLength(7);
      expect(new Set(strikes.map((s) => s.mapId)).size).toBe(7);
    },
  );

  it("merges with the built-in data when it arrives meanwhile", async () => {
    const once = loaded();
    once.getState().addLayer(layer("a"));
    const steps = createAppStore({ clusterRunner: async () => [] });
    await steps.getState().addLayerInSteps(
      layer("a"),
      pausing((n) => n === 3 && steps.getState().setLoadedData(builtin)),
    );
    expect(facts(steps.getState())).toEqual(facts(once.getState()));
    expect(steps.getState().strikes).toHaveLength(5);
  });

  it("keeps what was warmed when only the window moves meanwhile (playback)", async () => {
    const store = loaded();
    const warmed = warmedTimes(store);
    const windowMs = {
      startMs: Date.parse("2025-11-12T00:00:00Z"),
      endMs: Date.parse("2025-11-13T00:00:00Z"),
    };
    await store.getState().addLayerInSteps(
      layer("a"),
      pausing((n) => n === 5 && store.getState().setTimeWindow(windowMs)),
    );
    const state = store.getState();
    expect(state.strikes).toHaveLength(5);
    expect(selectStrikeTimes(state)).toBe(warmed());
    // The window is still the one the import widened to: the whole grown domain.
    expect(state.timeWindow.startMs).toBe(state.strikes[0]?.tMs);
  });

  it("keeps what was warmed when the current state's selectors are read meanwhile", async () => {
    const store = loaded();
    const warmed = warmedTimes(store);
    await store.getState().addLayerInSteps(
      layer("a"),
      // A store update during the steps: its readers compute on the state still showing.
      pausing((n) => n > 3 && selectStrikeTimes(store.getState())),
    );
    expect(selectStrikeTimes(store.getState())).toBe(warmed());
    expect(warmed()).toHaveLength(5);
  });

  it("still commits when a warmer throws", async () => {
    const store = loaded();
    addDataWarmer(store, () => {
      throw new Error("broken warmer");
    });
    await store.getState().addLayerInSteps(layer("a"), immediately);
    expect(store.getState().strikes).toHaveLength(5);
  });
});
