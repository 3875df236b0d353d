import { createWorkerConnection, type PortLike } from "@/lib/worker-connection";
import type { GeoFileUrls } from "./geo-urls";
import type { loadGeo as LoadGeo } from "./load-geo";

type Loaded = Awaited<ReturnType<typeof LoadGeo>>;

/**
 * The main-thread loader, fetched only when no worker can do the job: the schema (zod) and the
 * GeoJSON checks then stay out of the page's first script.
 */
async function loadGeo(urls: GeoFileUrls): Promise<Loaded> {
  return (await import("./load-geo")).loadGeo(urls);
}

/** Reading, parsing and validating the data may take this long before it is given up. */
export const GEO_LOAD_TIMEOUT_MS = 120_000;

function geoWorker(): PortLike<{ urls: GeoFileUrls }> {
  return new Worker(new URL("./geo-load-worker.ts", import.meta.url), {
    type: "module",
    name: "data",
  }) as unknown as PortLike<{ urls: GeoFileUrls }>;
}

/**
 * Loads the geo files in a worker (fetch, JSON parse, schema validation off the main thread),
 * through the same restartable connection as the analysis worker. Where no worker can start
 * (no Worker support, script blocked, a crash) it loads on the main thread instead; a timeout
 * becomes an issue naming the strikes file, so the page still says what failed. Never rejects.
 */
export async function loadGeoOffThread(
  urls: GeoFileUrls,
  make: (() => PortLike<{ urls: GeoFileUrls }>) | undefined = typeof Worker === "undefined"
    ? undefined
    : geoWorker,
): Promise<Loaded> {
  if (!make) return loadGeo(urls);
  const conn = createWorkerConnection<{ urls: GeoFileUrls }>({
    make,
    name: "the data loader",
    timeoutMs: GEO_LOAD_TIMEOUT_MS,
    revive: (reply) => new Error(reply.error.message),
  });
  try {
    conn.ensureStarted();
  } catch {
    conn.dispose();
    return loadGeo(urls);
  }
  try {
    return (await conn.request({ urls })) as Loaded;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The worker itself failed (script blocked, crashed): the main thread can still load.
    if (!/no answer/.test(message)) return loadGeo(urls);
    const file = urls.strikes.name;
    return {
      missions: [],
      strikes: [],
      events: [],
      issues: [{ file, path: "", message: `could not be loaded (${message})` }],
      failedFiles: [urls.missions.name, urls.strikes.name, urls.events.name],
      overrides: [],
      datasetVersion: undefined,
      datasetInfo: undefined,
    };
  } finally {
    conn.dispose();
  }
}
