/**
 * Imported layers saved in this browser's IndexedDB, so they survive reloads. A layer's metadata is
 * one entry; its records are written in chunks, one transaction each, so that no single structured
 * clone of a large import holds the main thread. Every failure (private mode, quota, blocked) is a
 * rejected promise with a plain message; callers report it and carry on without persistence.
 */

const DB_NAME = "nearmiss-imports";
const DB_VERSION = 1;
const META = "layers";
const CHUNKS = "chunks";
/** Records per stored chunk. */
export const CHUNK_SIZE = 2_000;

/** What a stored layer must have: an id, and its records in two arrays. */
export interface StorableLayer {
  readonly id: string;
  readonly strikes: readonly unknown[];
  readonly missions: readonly unknown[];
}

export interface LayerStorage<L extends StorableLayer> {
  /** Every saved layer, in the order they were saved. */
  loadAll(): Promise<L[]>;
  /** Saves (or replaces) a layer with its records. */
  put(layer: L): Promise<void>;
  /** Saves a layer's metadata only (e.g. visibility), keeping its records. */
  putMeta(layer: L): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * A compact form for a chunk's strikes (the app passes import/strike-wire's): its typed arrays and
 * one string are cloned into IndexedDB several times faster than the records' JSON is written
 * (~25 ms a chunk of 2,000 here, 50 such tasks after a 100k import), and read back faster.
 */
export interface RecordCodec {
  encode(records: readonly unknown[]): unknown;
  /** Throws on a stored form it cannot read back whole. */
  decode(stored: unknown): readonly unknown[];
}

interface Chunk {
  readonly layerId: string;
  readonly n: number;
  /**
   * JSON of `{ strikes, missions }` for this chunk's slice of the records; of `{ missions }` when
   * `strikes` holds them in the codec's form.
   */
  readonly json: string;
  readonly strikes?: unknown;
}

interface ChunkRecords {
  readonly strikes?: readonly unknown[];
  readonly missions: readonly unknown[];
}

const failed = (what: string, error: unknown) =>
  new Error(
    `${what}: ${error instanceof Error ? error.message : String(error ?? "unknown error")}`,
  );

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("transaction aborted"));
  });
}

function open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = idb.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(META))
        db.createObjectStore(META, { keyPath: "id" }).createIndex("order", "savedOrder");
      if (!db.objectStoreNames.contains(CHUNKS))
        db.createObjectStore(CHUNKS, { keyPath: ["layerId", "n"] });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error("the database is open in another tab"));
  });
}

/** A chunk's records: its strikes from the codec's form or from its JSON (parsed once). */
function recordsOf(chunk: Chunk, codec: RecordCodec | undefined): Required<ChunkRecords> {
  const json = JSON.parse(chunk.json) as ChunkRecords;
  if (chunk.strikes === undefined) return { strikes: json.strikes ?? [], missions: json.missions };
  if (!codec)
    throw new Error("the records are stored in a form this page was not given a reader for");
  return { strikes: codec.decode(chunk.strikes), missions: json.missions };
}

const chunkRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/**
 * IndexedDB storage of layers; `idb` defaults to the browser's (null or absent → every call
 * rejects). With `codec`, strikes are stored in its form; chunks stored as JSON (without one, or
 * by an earlier build) are still read.
 */
export function openLayerStorage<L extends StorableLayer>(
  idb: IDBFactory | null | undefined = globalThis.indexedDB,
  codec?: RecordCodec,
): LayerStorage<L> {
  let db: Promise<IDBDatabase> | undefined;
  const getDb = () => {
    if (!idb) return Promise.reject(new Error("this browser offers no IndexedDB"));
    db ??= open(idb).catch((e) => {
      db = undefined;
      throw e;
    });
    return db;
  };
  let order = Date.now();
  const meta = (layer: L) => ({ ...layer, strikes: [], missions: [], savedOrder: order++ });
  const removeChunks = async (d: IDBDatabase, id: string) => {
    const tx = d.transaction(CHUNKS, "readwrite");
    tx.objectStore(CHUNKS).delete(chunkRange(id));
    await finished(tx);
  };
  return {
    async loadAll() {
      try {
        const d = await getDb();
        const tx = d.transaction([META, CHUNKS], "readonly");
        const metas = (await done(tx.objectStore(META).index("order").getAll())) as L[];
        const out: L[] = [];
        for (const m of metas) {
          const chunks = (await done(tx.objectStore(CHUNKS).getAll(chunkRange(m.id)))) as Chunk[];
          const records = chunks.map((c) => recordsOf(c, codec));
          const strikes = records.flatMap((r) => r.strikes);
          const missions = records.flatMap((r) => r.missions);
          const { savedOrder: _, ...rest } = m as L & { savedOrder?: number };
          out.push({ ...rest, strikes, missions } as unknown as L);
        }
        return out;
      } catch (e) {
        throw failed("Imported layers could not be read back", e);
      }
    },
    async put(layer) {
      try {
        const d = await getDb();
        await removeChunks(d, layer.id);
        const size = Math.max(layer.strikes.length, layer.missions.length);
        for (let n = 0; n * CHUNK_SIZE < size || n === 0; n++) {
          const from = n * CHUNK_SIZE;
          const strikes = layer.strikes.slice(from, from + CHUNK_SIZE);
          const missions = layer.missions.slice(from, from + CHUNK_SIZE);
          const chunk: Chunk = codec
            ? {
                layerId: layer.id,
                n,
                json: JSON.stringify({ missions }),
                strikes: codec.encode(strikes),
              }
            : { layerId: layer.id, n, json: JSON.stringify({ strikes, missions }) };
          const tx = d.transaction(CHUNKS, "readwrite");
          tx.objectStore(CHUNKS).put(chunk);
          await finished(tx);
        }
        const tx = d.transaction(META, "readwrite");
        tx.objectStore(META).put(meta(layer));
        await finished(tx);
      } catch (e) {
        throw failed(`“${layer.id}” could not be saved in this browser`, e);
      }
    },
    async putMeta(layer) {
      try {
        const d = await getDb();
        const tx = d.transaction(META, "readwrite");
        const store = tx.objectStore(META);
        const old = (await done(store.get(layer.id))) as { savedOrder?: number } | undefined;
        if (old) store.put({ ...meta(layer), savedOrder: old.savedOrder });
        await finished(tx);
      } catch (e) {
        throw failed("A layer's setting could not be saved", e);
      }
    },
    async remove(id) {
      try {
        const d = await getDb();
        const tx = d.transaction([META, CHUNKS], "readwrite");
        tx.objectStore(META).delete(id);
        tx.objectStore(CHUNKS).delete(chunkRange(id));
        await finished(tx);
      } catch (e) {
        throw failed("A layer could not be removed from this browser's storage", e);
      }
    },
    async clear() {
      try {
        const d = await getDb();
        const tx = d.transaction([META, CHUNKS], "readwrite");
        tx.objectStore(META).clear();
        tx.objectStore(CHUNKS).clear();
        await finished(tx);
      } catch (e) {
        throw failed("Imported data could not be cleared", e);
      }
    },
  };
}
