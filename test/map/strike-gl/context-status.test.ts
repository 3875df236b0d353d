import { describe, expect, it } from "vitest";
import { bindContextStatus } from "@/map/strike-gl/context-status";
import { createAppStore } from "@/state/store";
import { FakeMap } from "../../helpers/fake-map";

const noClusters = async () => [];

describe("bindContextStatus", () => {
  it("reports a lost context and goes back to ready once the restored map is loaded and idle", () => {
    const store = createAppStore({ clusterRunner: noClusters });
    const map = new FakeMap(["a"]);
    const unbind = bindContextStatus(map.asMap, store);
    store.getState().setMapStatus("ready");
    map.loseContext();
    expect([store.getState().mapStatus, store.getState().mapMessage]).toEqual([
      "restoring",
      "Map graphics were reset; redrawing…",
    ]);
    map.restoreContext(["a"]);
    map.loadedNow = false;
    map.fire("idle"); // tiles still loading: keep telling the user
    expect(store.getState().mapStatus).toBe("restoring");
    map.loadedNow = true;
    map.fire("idle");
    expect([store.getState().mapStatus, store.getState().mapMessage]).toEqual(["ready", undefined]);
    unbind();
    map.loseContext();
    expect(store.getState().mapStatus).toBe("ready");
  });

  it("returns a map that was still loading to loading, and leaves errors alone", () => {
    const store = createAppStore({ clusterRunner: noClusters });
    const map = new FakeMap(["a"]);
    bindContextStatus(map.asMap, store);
    map.loseContext();
    expect(store.getState().mapStatus).toBe("restoring");
    map.restoreContext(["a"]);
    const repaints = map.repaints;
    map.fire("idle");
    expect(store.getState().mapStatus).toBe("loading");
    expect(map.repaints).toBe(repaints + 1);

    store.getState().setMapStatus("error", "The map failed to load: x");
    map.loseContext();
    expect(store.getState().mapStatus).toBe("error");
  });
});
