/**
 * Web Worker entry: DBSCAN + cluster summaries, nightly nearest-miss history and nearest missions
 * for up to 100k+ strikes, off the main thread. Imports only src/analysis and src/domain (via the
 * engine). Instantiated by ./analysis-client with
 * `new Worker(new URL("./analysis-worker.ts", import.meta.url), { type: "module" })`.
 */
import { createAnalysisEngine, handleRequest } from "./analysis-engine";
import type { AnalysisRequest, AnalysisResponse } from "./analysis-protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
}

const scope = self as unknown as WorkerScope;
const engine = createAnalysisEngine();
scope.onmessage = (event) => {
  scope.postMessage(handleRequest(engine, event.data));
};
