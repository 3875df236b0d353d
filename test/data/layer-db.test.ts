import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { STRIKE_CODEC } from "@/app/layer-codec";
import { CHUNK_SIZE, openLayerStorage } from "@/data/layer-db";
import { strike } from "../helpers/domain-fixtures";

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

describe("layer storage with the strikes' compact form", () => {
  const strikes = Array.from({ length: CHUNK_SIZE + 5 }, (_, i) =>
    strike({
      id: `L:${i}`,
      mapId: 1000 + i,
      time: "2025-11-14T01:00:00+02:00",
      layerId: "L",
      casualties: {},
      defaulted: ["uncertainty"],
    }),
  );
  // One strike of a shape the compact form does not pack: it is kept as it is.
  const rich = strike({ id: "L:rich", time: "2025-11-14T02:00:00+02:00", timeNote: "from video" });
  const stored = {
    ...layer("L", 0),
    strikes: [...strikes, rich] as unknown as TestLayer["strikes"],
    missions: [{ id: "L:site" }],
  };

  it("reads back equal records, and stores them in the codec's form", async () => {
    const idb = new IDBFactory();
    await openLayerStorage<TestLayer>(idb, STRIKE_CODEC).put(stored);
    const again = await openLayerStorage<TestLayer>(idb, STRIKE_CODEC).loadAll();
    expect(again[0]).toStrictEqual(stored);
    // What IndexedDB holds: typed arrays and one string per chunk, no JSON of the strikes.
    const chunks = await rawChunks(idb);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]?.strikes).toMatchObject({
      count: CHUNK_SIZE,
      numbers: expect.any(Float64Array),
    });
    const othersOf = (i: number) =>
      (chunks[i]?.strikes as { others?: unknown[] } | undefined)?.others;
    expect(othersOf(0)).toEqual([]);
    expect(othersOf(1)).toHaveLength(1);
    expect(chunks[0]?.json).toBe(JSON.stringify({ missions: [{ id: "L:site" }] }));
  });

  it("still reads layers an earlier build saved as JSON", async () => {
    const idb = new IDBFactory();
    await openLayerStorage<TestLayer>(idb).put(stored);
    const again = await openLayerStorage<TestLayer>(idb, STRIKE_CODEC).loadAll();
    expect(again[0]).toEqual(stored);
  });

  it("rejects with a plain message when a stored chunk does not add up", async () => {
    const idb = new IDBFactory();
    await openLayerStorage<TestLayer>(idb, STRIKE_CODEC).put(stored);
    const db = await openDb(idb);
    const tx = db.transaction("chunks", "readwrite");
    const store = tx.objectStore("chunks");
    const first = (await request(store.get(["L", 0]))) as { strikes: { text: string } };
    store.put({ ...first, strikes: { ...first.strikes, text: "" } });
    await new Promise((r) => {
      tx.oncomplete = r;
    });
    db.close();
    await expect(openLayerStorage<TestLayer>(idb, STRIKE_CODEC).loadAll()).rejects.toThrow(
      /could not be read back.*inconsistent/,
    );
    await expect(openLayerStorage<TestLayer>(idb).loadAll()).rejects.toThrow(
      /could not be read back.*not given a reader/,
    );
  });
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  return request(idb.open("nearmiss-imports", 1));
}

async function rawChunks(idb: IDBFactory): Promise<{ json: string; strikes?: unknown }[]> {
  const db = await openDb(idb);
  const all = await request(db.transaction("chunks").objectStore("chunks").getAll());
  db.close();
  return all;
}
