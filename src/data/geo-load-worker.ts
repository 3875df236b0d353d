/**
 * Web Worker entry: fetches, parses and validates the three geo files off the main thread (a
 * large `?strikes=` file never freezes the page), replying `{ id, ok, result | error }` as
 * @/lib/worker-connection expects. Instantiated by ./geo-load-client.
 */
import type { GeoFileUrls } from "./geo-urls";
import { loadGeo } from "./load-geo";

interface Scope {
  onmessage: ((event: MessageEvent<{ id: number; urls: GeoFileUrls }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as Scope;
scope.onmessage = async ({ data }) => {
  try {
    scope.postMessage({ id: data.id, ok: true, result: await loadGeo(data.urls) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ id: data.id, ok: false, error: { name: e.name, message: e.message } });
  }
};
