/**
 * Typed promise client for the analysis worker. Results are cached per data set and time window
 * in an LRU (concurrent identical calls share one request), so scrubbing back to a window costs
 * nothing. Without `Worker` (tests, old browsers) the same engine runs on the main thread.
 */
import type { ClusterSummary } from "@/analysis/clusters";
import type { StrikeColumns } from "@/analysis/columns";
import { AnalysisError, type AnalysisErrorCode } from "@/analysis/errors";
import type { NightClosest } from "@/analysis/nights";
import type { MissionLike, NearestMissions } from "@/analysis/proximity";
import type { TimeWindow } from "@/domain/types";
import { createAnalysisEngine } from "./analysis-engine";
import type {
  AnalysisCall,
  AnalysisRequest,
  AnalysisResponse,
  AnalysisResults,
  ClusterParams,
} from "./analysis-protocol";
import { LruCache } from "./lru-cache";

/** The part of the Worker API the client uses (a real Worker or a test double). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  onmessage: ((event: { data: AnalysisResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface AnalysisClientOptions {
  /** A worker to use; `null` forces the synchronous fallback; default: a new module worker. */
  readonly worker?: WorkerLike | null;
  /** Cached results kept (LRU); default 64. */
  readonly cacheSize?: number;
}

export interface AnalysisClient {
  readonly mode: "worker" | "sync";
  /** Replaces the data set (strikes sorted by tMs) and empties the cache. */
  setData(columns: StrikeColumns, missions: readonly MissionLike[]): Promise<void>;
  /** DBSCAN + summaries of the strikes in `window`, cached under `windowKey`. */
  clusters(
    windowKey: string,
    window: TimeWindow,
    params: ClusterParams,
  ): Promise<readonly ClusterSummary[]>;
  /** Closest strike per night to one mission. */
  nightly(missionId: string, timeZone?: string): Promise<readonly NightClosest[]>;
  /** Nearest mission for every strike. */
  nearest(): Promise<NearestMissions>;
  dispose(): void;
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./analysis-worker.ts", import.meta.url), {
    type: "module",
  }) as unknown as WorkerLike;
}

function revive(e: { name: string; message: string; code?: string | undefined }): Error {
  const err = e.code
    ? new AnalysisError(e.code as AnalysisErrorCode, e.message)
    : new Error(e.message);
  err.name = e.name;
  return err;
}

/** Creates a client; see {@link AnalysisClientOptions}. */
export function createAnalysisClient(options: AnalysisClientOptions = {}): AnalysisClient {
  const worker = options.worker === undefined ? defaultWorker() : options.worker;
  const cache = new LruCache<string, Promise<unknown>>(options.cacheSize ?? 64);
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const engine = worker ? undefined : createAnalysisEngine();
  let nextId = 1;
  let version = 0;
  let disposed = false;

  if (worker) {
    worker.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if (data.ok) p.resolve(data.result);
      else p.reject(revive(data.error));
    };
    worker.onerror = (event) => {
      const err = new Error(`analysis worker failed: ${event.message ?? "unknown error"}`);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      cache.clear();
    };
  }

  function call<K extends AnalysisCall["kind"]>(
    c: AnalysisCall & { kind: K },
  ): Promise<AnalysisResults[K]> {
    if (disposed) return Promise.reject(new Error("analysis client disposed"));
    if (engine) return Promise.resolve().then(() => engine.run(c) as AnalysisResults[K]);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker?.postMessage({ ...c, id });
    });
  }

  function cached<T>(key: string, make: () => Promise<T>): Promise<T> {
    const full = `${version}|${key}`;
    const hit = cache.get(full);
    if (hit) return hit as Promise<T>;
    const p = make();
    cache.set(full, p);
    p.catch(() => cache.delete(full));
    return p;
  }

  return {
    mode: worker ? "worker" : "sync",
    async setData(columns, missions) {
      version++;
      cache.clear();
      await call({
        kind: "load",
        columns,
        missions: missions.map((m) => ({
          id: m.id,
          lngLat: m.lngLat,
          uncertaintyM: m.uncertaintyM,
        })),
      });
    },
    clusters(windowKey, window, params) {
      const key = `clusters|${windowKey}|${params.epsM}|${params.minPoints ?? 3}|${params.hull ?? false}`;
      return cached(key, () => call({ kind: "clusters", window, params }));
    },
    nightly(missionId, timeZone = "Europe/Kyiv") {
      return cached(`nightly|${missionId}|${timeZone}`, () =>
        call({ kind: "nightly", missionId, timeZone }),
      );
    },
    nearest() {
      return cached("nearest", () => call({ kind: "nearest" }));
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      const err = new Error("analysis client disposed");
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      cache.clear();
    },
  };
}
