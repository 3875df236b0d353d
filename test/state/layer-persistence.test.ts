import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { type LayerStorage, openLayerStorage } from "@/data/layer-db";
import { bindLayerStorage } from "@/state/layer-persistence";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { createAppStore } from "@/state/store";
import { strike } from "../helpers/domain-fixtures";

const noClusters = async () => [];
const layer: ImportedLayer = {
  id: "a",
  fileName: "a.csv",
  target: "strikes",
  importedAtMs: 1,
  rowCount: 1,
  strikes: [strike({ id: "a:1", mapId: 0, time: "2025-11-10T12:00:00+02:00" })],
  missions: [],
  problems: [{ severity: "error", row: 3, reason: "no coordinates" }],
  visible: true,
};

/** Awaits a condition (checked between macrotasks), failing if it never holds. */
async function until(check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("condition never held");
}

const fresh = () => createAppStore({ clusterRunner: noClusters });

describe("layer persistence", () => {
  it("saves added layers (and their visibility) and restores them into a fresh store", async () => {
    const idb = new IDBFactory();
    const first = fresh();
    bindLayerStorage(first, openLayerStorage(idb));
    await until(() => first.getState().layersStatus === "ready");
    first.getState().addLayer(layer);
    first.getState().setLayerVisible("a", false);
    const probe = openLayerStorage<ImportedLayer>(idb);
    await until(async () => (await probe.loadAll())[0]?.visible === false);

    const reloaded = fresh();
    bindLayerStorage(reloaded, openLayerStorage(idb));
    await until(() => reloaded.getState().layersStatus === "ready");
    expect(reloaded.getState().layers).toEqual([{ ...layer, visible: false }]);
  });

  it("removes a layer from storage when it is removed (Clear = no layers), and saves it again when undone", async () => {
    const idb = new IDBFactory();
    const store = fresh();
    bindLayerStorage(store, openLayerStorage(idb));
    await until(() => store.getState().layersStatus === "ready");
    store.getState().addLayer(layer);
    const probe = openLayerStorage<ImportedLayer>(idb);
    await until(async () => (await probe.loadAll()).length === 1);
    store.getState().removeAllLayers();
    await until(async () => (await probe.loadAll()).length === 0);
    // Undone: saved again.
    store.getState().undoRemove();
    await until(async () => (await probe.loadAll())[0]?.id === "a");
  });

  it("reports a storage failure and keeps the layer on screen", async () => {
    const broken: LayerStorage<ImportedLayer> = {
      loadAll: () => Promise.reject(new Error("Imported layers could not be read back: denied")),
      put: () => Promise.reject(new Error("“a” could not be saved in this browser: quota")),
      putMeta: () => Promise.resolve(),
      remove: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    };
    const store = fresh();
    bindLayerStorage(store, broken);
    await until(() => store.getState().layersStatus === "ready");
    expect(store.getState().layerStorageProblem).toMatch(/could not be read back/);
    store.getState().addLayer(layer);
    await until(() => /quota/.test(store.getState().layerStorageProblem ?? ""));
    expect(store.getState().layers).toHaveLength(1);
  });
});
