import { describe, expect, it } from "vitest";
import type { Mission } from "@/domain/types";
import { FIRST_IMPORTED_MAP_ID } from "@/state/merge-layers";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { createAppStore } from "@/state/store";
import { selectTimelineDomain } from "@/state/time-selectors";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

const noClusters = async () => [];
const b1 = strike({ id: "b1", mapId: 1, time: "2025-11-14T01:00:00+02:00" });
const b2 = strike({ id: "b2", mapId: 2, time: "2025-11-20T01:00:00+02:00" });
const builtin = {
  missions: [embassy, consulate],
  strikes: [b1, b2],
  events: [],
  issues: [],
  datasetVersion: "t",
};

function layer(id: string, overrides: Partial<ImportedLayer> = {}): ImportedLayer {
  return {
    id,
    fileName: `${id}.csv`,
    target: "strikes",
    importedAtMs: 0,
    rowCount: 2,
    strikes: [
      strike({ id: `${id}:1`, mapId: 0, time: "2025-11-10T12:00:00+02:00" }),
      strike({ id: `${id}:2`, mapId: 0, time: "2025-11-16T12:00:00+02:00" }),
    ],
    missions: [],
    problems: [],
    visible: true,
    ...overrides,
  };
}

/** A fresh site each call: the store numbers fresh records (mapId 0) in place. */
const site = (): Mission => ({ ...embassy, id: "sites:1", mapId: 0, name: { en: "Hospital" } });

function loaded() {
  const store = createAppStore({ clusterRunner: noClusters });
  store.getState().setLoadedData(builtin);
  return store;
}

describe("imported layers in the store", () => {
  it("merges visible layers into strikes in time order with unique mapIds", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    const { strikes } = store.getState();
    expect(strikes.map((s) => s.id)).toEqual(["a:1", "b1", "a:2", "b2"]);
    expect(strikes.map((s) => s.mapId)).toEqual([
      FIRST_IMPORTED_MAP_ID,
      1,
      FIRST_IMPORTED_MAP_ID + 1,
      2,
    ]);
  });

  it("gives every layer its own block of mapIds, kept when a layer is read back", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    store.getState().addLayer(layer("b"));
    const ids = store.getState().strikes.map((s) => s.mapId);
    expect(new Set(ids).size).toBe(6);
    const saved = store.getState().layers;
    const restored = loaded();
    restored.getState().setLayers(saved);
    expect(restored.getState().strikes.map((s) => s.mapId)).toEqual(ids);
  });

  it("never modifies the built-in arrays or records", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    expect(store.getState().builtin.strikes).toBe(builtin.strikes);
    expect(builtin.strikes.map((s) => s.mapId)).toEqual([1, 2]);
    expect(b2.mapId).toBe(2);
  });

  it("hides, shows and removes a layer", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    store.getState().setLayerVisible("a", false);
    expect(store.getState().strikes).toBe(builtin.strikes);
    store.getState().setLayerVisible("a", true);
    expect(store.getState().strikes).toHaveLength(4);
    store.getState().removeLayer("a");
    expect(store.getState().layers).toEqual([]);
    expect(store.getState().strikes).toBe(builtin.strikes);
  });

  it("reuses merged records when a layer is shown again", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    const first = store.getState().strikes;
    store.getState().setLayerVisible("a", false);
    store.getState().setLayerVisible("a", true);
    expect(store.getState().strikes.every((s, i) => s === first[i])).toBe(true);
  });

  it("grows the time window and the timeline domain to cover imported strikes", () => {
    const store = loaded();
    const before = selectTimelineDomain(store.getState());
    store.getState().addLayer(layer("a"));
    const s = store.getState();
    expect(s.timeWindow.startMs).toBe(Date.parse("2025-11-10T12:00:00+02:00"));
    expect(selectTimelineDomain(s).startMs).toBeLessThan(before.startMs);
  });

  it("adds imported sites to missions after the built-in ones", () => {
    const store = loaded();
    store.getState().addLayer(layer("sites", { target: "sites", strikes: [], missions: [site()] }));
    const { missions, strikes } = store.getState();
    expect(missions.map((m) => [m.id, m.mapId])).toEqual([
      ["embassy-test", 1],
      ["consulate-test", 2],
      ["sites:1", FIRST_IMPORTED_MAP_ID],
    ]);
    expect(strikes).toBe(builtin.strikes);
  });

  it("keeps a selected imported strike selectable, and drops the selection when its layer goes", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    store.getState().select({ kind: "strike", id: "a:2" }, "list");
    expect(store.getState().selection?.id).toBe("a:2");
    store.getState().removeLayer("a");
    expect(store.getState().selection).toBeNull();
  });

  it("merges layers restored before the built-in data arrives", () => {
    const store = createAppStore({ clusterRunner: noClusters });
    store.getState().setLayers([layer("a")]);
    store.getState().setLoadedData(builtin);
    expect(store.getState().strikes).toHaveLength(4);
    expect(store.getState().timeWindow.startMs).toBe(Date.parse("2025-11-10T12:00:00+02:00"));
  });
});

describe("links to imported records", () => {
  it("explains a link to a layer this browser does not have, or a hidden one", async () => {
    const { missingReason } = await import("@/state/url-state");
    const store = loaded();
    expect(missingReason(store.getState(), "strike", "imp-x:7").reason).toMatch(
      /refers to data imported in another browser/,
    );
    store.getState().addLayer(layer("a"));
    store.getState().setLayerVisible("a", false);
    expect(missingReason(store.getState(), "strike", "a:1").reason).toMatch(/hidden layer “a.csv”/);
    expect(missingReason(store.getState(), "strike", "nope").reason).toBe(
      "no strike “nope” in the data",
    );
  });
});

describe("imported sites are measured like built-in missions", () => {
  it("gets rings and near misses from the merged strikes", async () => {
    const { selectMissionRings, selectMissionNearMisses } = await import(
      "@/state/proximity-selectors"
    );
    const store = loaded();
    // A site 1 km east of the built-in test strikes' point.
    const near: Mission = { ...site(), lngLat: [30.5046, 50.4612] };
    store.getState().addLayer(layer("sites", { target: "sites", strikes: [], missions: [near] }));
    store.getState().select({ kind: "mission", id: "sites:1" }, "list");
    const rings = selectMissionRings(store.getState());
    expect(rings.length).toBeGreaterThan(0);
    const widest = rings[rings.length - 1];
    expect(widest?.count).toBe(2);
    const rows = selectMissionNearMisses(store.getState());
    expect(JSON.stringify(rows)).toContain("b1");
  });
});

describe("a linked selection while saved layers come back", () => {
  it("is kept when the layers arrive before the built-in data (which then has it)", () => {
    const store = createAppStore({ clusterRunner: noClusters });
    store.getState().select({ kind: "mission", id: embassy.id }, "url");
    store.getState().setLayers([]);
    expect(store.getState().selection).toEqual({ kind: "mission", id: embassy.id });
    store.getState().setLoadedData(builtin);
    expect(store.getState().selection).toEqual({ kind: "mission", id: embassy.id });
  });

  it("is dropped when a layer that held it goes once the data is loaded", () => {
    const store = createAppStore({ clusterRunner: noClusters });
    store.getState().setLoadedData(builtin);
    store.getState().setLayers([layer("a")]);
    store.getState().select({ kind: "strike", id: "a:1" }, "list");
    store.getState().setLayers([]);
    expect(store.getState().selection).toBeNull();
  });
});

describe("undoing a removal", () => {
  const mapIds = (s: ReturnType<typeof loaded>) => s.getState().strikes.map((x) => x.mapId);

  it("puts a removed layer back in its place, with its records", () => {
    const store = loaded();
    for (const id of ["a", "b", "c"]) store.getState().addLayer(layer(id));
    const before = store.getState().strikes.map((s) => s.id);
    store.getState().removeLayer("b");
    expect(store.getState().layers.map((l) => l.id)).toEqual(["a", "c"]);
    expect(store.getState().removedLayers?.layers.map((l) => l.id)).toEqual(["b"]);
    store.getState().undoRemove();
    expect(store.getState().layers.map((l) => l.id)).toEqual(["a", "b", "c"]);
    expect(store.getState().strikes.map((s) => s.id)).toEqual(before);
    expect(store.getState().removedLayers).toBeUndefined();
  });

  it("gives the layer's records fresh mapIds when one imported since took their block", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    store.getState().removeLayer("a");
    // Imported after the removal: numbered from the first imported mapId, as "a" was.
    store.getState().addLayer(layer("d"));
    store.getState().undoRemove();
    expect(store.getState().layers.map((l) => l.id)).toEqual(["a", "d"]);
    const ids = mapIds(store);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids.filter((m) => m >= FIRST_IMPORTED_MAP_ID))).toBe(FIRST_IMPORTED_MAP_ID);
  });

  it("keeps the records' mapIds when their block is still free", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    store.getState().addLayer(layer("b"));
    const before = mapIds(store);
    store.getState().removeLayer("a");
    store.getState().undoRemove();
    expect(mapIds(store)).toEqual(before);
  });

  it("keeps layers that arrived since in their places", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    store.getState().addLayer(layer("b"));
    store.getState().removeLayer("a");
    store.getState().addLayer(layer("d"));
    store.getState().undoRemove();
    expect(store.getState().layers.map((l) => l.id)).toEqual(["a", "b", "d"]);
  });

  it("puts back every layer that clearing removed", () => {
    const store = loaded();
    store.getState().addLayer(layer("a"));
    store.getState().addLayer(layer("b"));
    store.getState().removeAllLayers();
    expect(store.getState().layers).toEqual([]);
    expect(store.getState().strikes.map((s) => s.id)).toEqual(["b1", "b2"]);
    store.getState().undoRemove();
    expect(store.getState().layers.map((l) => l.id)).toEqual(["a", "b"]);
    expect(store.getState().strikes).toHaveLength(6);
  });
});
