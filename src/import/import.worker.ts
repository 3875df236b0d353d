/**
 * Web Worker entry for imports: runs importBytes off the main thread and posts progress and the
 * outcome. Created lazily by ./import-client with
 * `new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" })`.
 */
import { importBytes } from "./import-file";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import { outcomeMessages } from "./outcome-messages";
import { sortStrikes } from "./sort";
import type { ImportOutcome } from "./types";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
async function run(data: ImportRequest): Promise<ImportOutcome> {
  const bytes =
    "file" in data
      ? new Uint8Array(await data.file.arrayBuffer())
      : "bytes" in data
        ? data.bytes
        : new TextEncoder().encode(data.text);
  let last = -1;
  return importBytes(data.name, bytes, data.settings, (fraction) => {
    if (fraction - last < 0.01 && fraction < 1) return;
    last = fraction;
    scope.postMessage({ id: data.id, kind: "progress", fraction });
  });
}

/** A User Timing measure (shown in Chromium traces; read by `npm run bench:import-profile`). */
function measure(name: string, startMs: number): number {
  const endMs = performance.now();
  performance.measure(`import ${name}`, { start: startMs, end: endMs });
  return endMs;
}

scope.onmessage = async ({ data }) => {
  let outcome: ImportOutcome;
  let t = performance.now();
  try {
    outcome = await run(data);
  } catch (error) {
    const reason = `The file could not be read: ${error instanceof Error ? error.message : String(error)}.`;
    outcome = {
      fileName: data.name,
      format: "csv",
      totalRows: 0,
      strikes: [],
      missions: [],
      problems: [{ severity: "error", reason }],
    };
  }
  // Time order is what the page needs; sorting here keeps an n·log n sort of 100k records off
  // the main thread (there, the layer's order is then only checked, in one pass).
  t = measure("read and parse", t);
  const strikes = sortStrikes(outcome.strikes);
  t = measure("sort", t);
  try {
    for (const { message, transfer } of outcomeMessages(data.id, { ...outcome, strikes })) {
      scope.postMessage(message, transfer);
    }
  } catch (error) {
    // Runs already sent are dropped by the page: nothing of this file is imported.
    const reason = `The import's result could not be sent (${error instanceof Error ? error.message : String(error)}). Nothing from this file was imported; everything else is unchanged.`;
    scope.postMessage({ id: data.id, kind: "failed", reason });
  }
  measure("send", t);
};
