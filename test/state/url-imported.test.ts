import { describe, expect, it } from "vitest";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { createAppStore } from "@/state/store";
import { bindUrlState } from "@/state/url-state";
import { embassy, strike } from "../helpers/domain-fixtures";

const data = {
  missions: [embassy],
  strikes: [strike({ id: "b1", time: "2025-11-14T01:00:00+02:00" })],
  events: [],
  issues: [],
  datasetVersion: "t",
};
const layer: ImportedLayer = {
  id: "imp1",
  fileName: "mine.csv",
  target: "strikes",
  importedAtMs: 0,
  rowCount: 1,
  strikes: [strike({ id: "imp1:1", mapId: 0, time: "2025-11-10T12:00:00+02:00" })],
  missions: [],
  problems: [],
  visible: true,
};

function fakeWindow(hash: string) {
  const location = { hash, pathname: "/", search: "" };
  return {
    location,
    history: { replaceState: () => {} },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
}

describe("links to imported records", () => {
  it("wait for layers saved in this browser before judging the link", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    const stop = bindUrlState(store, fakeWindow("#strike=imp1:1"));
    store.getState().setLayersStatus("loading");
    store.getState().setLoadedData(data);
    // The built-in data is ready, the saved layers are not: nothing is judged yet.
    expect(store.getState().linkProblems).toEqual([]);
    store.getState().setLayers([layer]);
    store.getState().setLayersStatus("ready");
    expect(store.getState().linkProblems).toEqual([]);
    expect(store.getState().selection).toEqual({ kind: "strike", id: "imp1:1" });
    stop();
  });

  it("say so when the layer is not in this browser", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    const stop = bindUrlState(store, fakeWindow("#strike=imp9:4"));
    store.getState().setLoadedData(data);
    const [problem] = store.getState().linkProblems;
    expect(problem?.part).toBe("strike");
    expect(problem?.reason).toMatch(/refers to data imported in another browser/);
    expect(store.getState().selection).toBeNull();
    stop();
  });
});
