/**
 * Typed promise client for the analysis worker. Results are cached per data set and time window
 * in an LRU (concurrent identical calls share one request), so scrubbing back to a window costs
 * nothing. Without `Worker` (tests, old browsers) the same engine runs on the main thread.
 * The worker is restarted after a crash (and given the data set again), a request that takes
 * longer than {@link ANALYSIS_TIMEOUT_MS} is rejected with a message, and a failed start is
 * retried on the next request (see ./worker-connection).
 */
import type { ClusterSummary } from "@/analysis/clusters";
import type { RawStrikeColumns } from "@/analysis/columns";
import { AnalysisError, type AnalysisErrorCode } from "@/analysis/errors";
import type { NightClosest } from "@/analysis/nights";
import type { MissionLike, NearestMissions } from "@/analysis/proximity";
import type { TimeWindow } from "@/domain/types";
import { createWorkerConnection, type PortLike } from "@/lib/worker-connection";
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
  onmessageerror?: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface AnalysisClientOptions {
  /** A worker to use first; `null` forces the synchronous fallback; default: a module worker. */
  readonly worker?: WorkerLike | null;
  /** Starts a worker (first and after a crash); default: a new module worker. */
  readonly makeWorker?: () => WorkerLike;
  /** Cached results kept (LRU); default 64. */
  readonly cacheSize?: number;
  /** A request unanswered this long is rejected and the worker replaced; default 30 s. */
  readonly timeoutMs?: number;
}

/** How long one analysis request may take before the worker is presumed stuck. */
export const ANALYSIS_TIMEOUT_MS = 30_000;

export interface AnalysisClient {
  readonly mode: "worker" | "sync";
  /** Replaces the data set (strikes sorted by tMs) and empties the cache. */
  setData(columns: RawStrikeColumns, missions: readonly MissionLike[]): Promise<void>;
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

function moduleWorker(): WorkerLike {
  return new Worker(new URL("./analysis-worker.ts", import.meta.url), {
    type: "module",
    name: "analysis",
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
  const useWorker =
    options.worker !== null &&
    (options.worker !== undefined ||
      options.makeWorker !== undefined ||
      typeof Worker !== "undefined");
  const cache = new LruCache<string, Promise<unknown>>(options.cacheSize ?? 64);
  // The main-thread engine (no Worker: tests, old browsers) loads only when needed, so the page's
  // first script does not carry the analysis code (Turf's hull, DBSCAN) the worker already has.
  const engine = useWorker
    ? undefined
    : import("./analysis-engine").then((m) => m.createAnalysisEngine());
  let first = options.worker ?? undefined;
  const make = options.makeWorker ?? moduleWorker;
  const conn = useWorker
    ? createWorkerConnection<AnalysisRequest>({
        name: "the analysis worker",
        timeoutMs: options.timeoutMs ?? ANALYSIS_TIMEOUT_MS,
        revive: (reply) => revive(reply.error),
        make: () => {
          const w = first ?? make();
          first = undefined;
          return w as unknown as PortLike<AnalysisRequest>;
        },
      })
    : undefined;
  /** The last data set given, re-sent to a worker started after a crash. */
  let lastLoad: (AnalysisCall & { kind: "load" }) | undefined;
  let loadedGeneration = -1;
  let version = 0;
  let disposed = false;

  async function call<K extends AnalysisCall["kind"]>(
    c: AnalysisCall & { kind: K },
  ): Promise<AnalysisResults[K]> {
    if (disposed) throw new Error("analysis client disposed");
    if (engine) return (await engine).run(c) as AnalysisResults[K];
    if (!conn) throw new Error("no analysis engine");
    const generation = conn.ensureStarted();
    if (c.kind !== "load" && lastLoad && loadedGeneration !== generation) {
      // A fresh worker (after a crash) has no data yet: give it the last data set first.
      await conn.request({ ...lastLoad, id: 0 });
      loadedGeneration = generation;
    }
    const result = (await conn.request({ ...c, id: 0 } as AnalysisRequest)) as AnalysisResults[K];
    if (c.kind === "load") loadedGeneration = generation;
    return result;
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
    mode: useWorker ? "worker" : "sync",
    async setData(columns, missions) {
      version++;
      cache.clear();
      lastLoad = {
        kind: "load",
        // Only the raw columns cross to the worker; it derives the kernel terms itself.
        columns: {
          lng: columns.lng,
          lat: columns.lat,
          tMs: columns.tMs,
          uncertaintyM: columns.uncertaintyM,
        },
        missions: missions.map((m) => ({
          id: m.id,
          lngLat: m.lngLat,
          uncertaintyM: m.uncertaintyM,
        })),
      };
      loadedGeneration = -1;
      await call(lastLoad);
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
      conn?.dispose();
      cache.clear();
    },
  };
}
