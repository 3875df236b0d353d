/**
 * Main-thread side of imports: one Web Worker, created on first use, runs the pipeline; jobs get
 * progress and can be cancelled. Cancel terminates the worker (the only way to stop a parse) and
 * re-sends the other jobs to a fresh one; a crash or unreadable message fails the running job
 * with a problem (never a hang) and the rest continue on a fresh worker. Without `Worker` (Node,
 * tests) the pipeline runs on the calling thread.
 */
import type { Strike } from "@/domain/types";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import { decodeStrikes, type StrikeWire } from "./strike-wire";
import { type ImportOutcome, type ImportSettings, MAX_IMPORT_BYTES } from "./types";

/** The rejection of a cancelled job's `done`. */
export class ImportCancelled extends Error {
  constructor() {
    super("import cancelled");
    this.name = "ImportCancelled";
  }
}

export interface ImportJob {
  /** Rejects only for cancel (ImportCancelled); every other failure is an outcome with problems. */
  readonly done: Promise<ImportOutcome>;
  cancel(): void;
}

/** The part of the Worker API the client uses (a real Worker or a test double). */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  onmessage: ((event: { data: ImportResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export type ImportInput = File | { readonly name: string; readonly text: string };

interface Pending {
  readonly request: ImportRequest;
  readonly onProgress: (fraction: number) => void;
  /** Strikes received ahead of "done" (see ImportResponse). */
  received: Strike[];
  resolve(outcome: ImportOutcome): void;
  reject(error: Error): void;
}

const UNREADABLE =
  "The import's result could not be received. Nothing from this file was imported; everything else is unchanged.";

/** The strikes of a run, or undefined when the run is not one the worker could have sent. */
function decodeOrUndefined(wire: StrikeWire): Strike[] | undefined {
  try {
    return decodeStrikes(wire);
  } catch {
    return undefined;
  }
}

function failedOutcome(name: string, reason: string): ImportOutcome {
  return {
    fileName: name,
    format: "csv",
    totalRows: 0,
    strikes: [],
    missions: [],
    problems: [{ severity: "error", reason }],
  };
}

export interface ImportClient {
  /** Creates the worker now, so that its script has loaded when the first job starts. */
  prepare(): void;
  start(
    input: ImportInput,
    settings: ImportSettings,
    onProgress: (fraction: number) => void,
  ): ImportJob;
  dispose(): void;
}

/** A client; `createWorker` returns null to run without a worker (default: a module worker). */
export function createImportClient(
  createWorker: () => ImportWorkerLike | null = defaultWorker,
): ImportClient {
  let worker: ImportWorkerLike | null | undefined;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  function restart(): void {
    worker?.terminate();
    worker = undefined;
    if (pending.size > 0) {
      const w = ensure();
      for (const p of pending.values()) w?.postMessage(p.request);
    }
  }

  /** The oldest job is the one the worker was running (it handles jobs in order). */
  function failRunning(reason: string): void {
    const [id, job] = pending.entries().next().value ?? [];
    if (id === undefined || !job) return;
    pending.delete(id);
    job.resolve(failedOutcome(job.request.name, reason));
    restart();
  }

  function ensure(): ImportWorkerLike | null {
    if (worker !== undefined) return worker;
    const w = createWorker();
    worker = w;
    if (!w) return null;
    w.onmessage = ({ data }) => {
      const job = pending.get(data.id);
      if (!job) return;
      if (data.kind === "progress") job.onProgress(data.fraction);
      else if (data.kind === "strikes") {
        const strikes = decodeOrUndefined(data.wire);
        if (strikes) for (const s of strikes) job.received.push(s);
        else failRunning(UNREADABLE);
      } else if (data.kind === "failed") {
        pending.delete(data.id);
        job.received = [];
        job.resolve(failedOutcome(job.request.name, data.reason));
      } else {
        pending.delete(data.id);
        const { outcome } = data;
        const early = job.received;
        job.received = [];
        // The strikes sent ahead are the outcome's (no copy of 100k when none came with "done").
        const strikes = outcome.strikes.length === 0 ? early : early.concat(outcome.strikes);
        job.resolve(early.length === 0 ? outcome : { ...outcome, strikes });
      }
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      failRunning(
        `The import stopped on an error (${event.message ?? "unknown"}). Nothing from this file was imported; everything else is unchanged.`,
      );
    };
    w.onmessageerror = () => failRunning(UNREADABLE);
    return w;
  }

  return {
    prepare() {
      ensure();
    },
    start(input, settings, onProgress) {
      const id = nextId++;
      const request: ImportRequest =
        "text" in input && typeof input.text === "string"
          ? { id, name: input.name, text: input.text, settings }
          : { id, name: input.name, file: input as File, settings };
      let job: Pending | undefined;
      const done = new Promise<ImportOutcome>((resolve, reject) => {
        job = { request, onProgress, received: [], resolve, reject };
      });
      const self = job as unknown as Pending;
      if ("file" in request && request.file.size > MAX_IMPORT_BYTES) {
        const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
        self.resolve(
          failedOutcome(
            input.name,
            `The file is ${mb(request.file.size)}; files over ${mb(MAX_IMPORT_BYTES)} are not imported. Split it into smaller files.`,
          ),
        );
        return { done, cancel() {} };
      }
      pending.set(id, self);
      const w = ensure();
      if (w) w.postMessage(request);
      else runHere(request, onProgress).then((o) => pending.delete(id) && self.resolve(o));
      return {
        done,
        cancel() {
          if (!pending.delete(id)) return;
          self.reject(new ImportCancelled());
          if (worker) restart();
        },
      };
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const p of pending.values()) p.reject(new ImportCancelled());
      pending.clear();
    },
  };
}

async function runHere(
  request: ImportRequest,
  onProgress: (f: number) => void,
): Promise<ImportOutcome> {
  const bytes =
    "file" in request
      ? new Uint8Array(await request.file.arrayBuffer())
      : "bytes" in request
        ? request.bytes
        : new TextEncoder().encode(request.text);
  // Loaded on demand, so the page's first paint never pays for the parsers.
  const { importBytes } = await import("./import-file");
  return importBytes(request.name, bytes, request.settings, onProgress);
}

function defaultWorker(): ImportWorkerLike | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./import.worker.ts", import.meta.url), {
    type: "module",
  }) as unknown as ImportWorkerLike;
}

let shared: ImportClient | undefined;

/**
 * Creates the shared worker ahead of the first import (the import dialog calls this when it
 * opens): its script loads and compiles, ~0.15 s here, while the user chooses files.
 */
export function prepareImport(): void {
  shared ??= createImportClient();
  shared.prepare();
}

/** Starts importing a file or pasted text on the shared, lazily created worker. */
export function startImport(
  file: ImportInput,
  settings: ImportSettings,
  onProgress: (fraction: number) => void,
): ImportJob {
  shared ??= createImportClient();
  return shared.start(file, settings, onProgress);
}
