import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { CHUNK_SIZE, openLayerStorage } from "@/data/layer-db";

interface TestLayer {
  readonly id: string;
  readonly fileName: string;
  readonly visible: boolean;
  readonly strikes: readonly { id: string }[];
  readonly missions: readonly { id: string }[];
}

const layer = (id: string, n: number): TestLayer => ({
  id,
  fileName: `${id}.csv`,
  visible: true,
  strikes: Array.from({ length: n }, (_, i) => ({ id: `${id}:${i}` })),
  missions: [],
});

describe("layer storage (IndexedDB)", () => {
  it("reads back saved layers with every record, across chunks, in save order", async () => {
    const idb = new IDBFactory();
    const a = layer("a", CHUNK_SIZE * 2 + 3);
    const b = { ...layer("b", 0), missions: [{ id: "b:1" }] };
    const first = openLayerStorage<TestLayer>(idb);
    await first.put(a);
    await first.put(b);
    // A fresh handle on the same database stands in for a reload.
    const again = await openLayerStorage<TestLayer>(idb).loadAll();
    expect(again.map((l) => l.id)).toEqual(["a", "b"]);
    expect(again[0]).toEqual(a);
    expect(again[1]).toEqual(b);
  });

  it("updates metadata without losing records, removes and clears", async () => {
    const idb = new IDBFactory();
    const s = openLayerStorage<TestLayer>(idb);
    await s.put(layer("a", 3));
    await s.put(layer("b", 1));
    await s.putMeta({ ...layer("a", 0), visible: false });
    let all = await s.loadAll();
    expect(all[0]?.visible).toBe(false);
    expect(all[0]?.strikes).toHaveLength(3);
    await s.remove("a");
    all = await s.loadAll();
    expect(all.map((l) => l.id)).toEqual(["b"]);
    await s.clear();
    expect(await s.loadAll()).toEqual([]);
  });

  it("rejects with a plain message when IndexedDB is unavailable", async () => {
    const s = openLayerStorage<TestLayer>(null);
    await expect(s.put(layer("a", 1))).rejects.toThrow(/could not be saved.*no IndexedDB/);
    await expect(s.loadAll()).rejects.toThrow(/could not be read back/);
  });
});
