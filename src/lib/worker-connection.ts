/**
 * A request/response line to a Web Worker that survives the worker: a failed start is retried on
 * the next request (never cached), a crash (`error`, `messageerror`) rejects what was pending and
 * the next request starts a fresh worker, and a request unanswered within `timeoutMs` is rejected
 * with a message and the stuck worker is replaced. Shared by the analysis client and the data-file
 * reader; any worker speaking `{ id, ok, result | error }` can use it.
 */

/** The part of the Worker API a connection uses (a real Worker or a test double). */
export interface PortLike<Req = unknown> {
  postMessage(message: Req): void;
  onmessage: ((event: { data: never }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
  terminate(): void;
}

/** A reply as the worker posts it; errors are plain objects (classes do not cross postMessage). */
export type Reply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { name: string; message: string; code?: string | undefined };
    };

export interface ConnectionOptions<Req> {
  /** Starts a worker; may throw (blocked script, no Worker support). */
  readonly make: () => PortLike<Req>;
  /** What the worker does, for messages: "analysis worker". */
  readonly name: string;
  /** A request not answered within this is rejected and the worker replaced. */
  readonly timeoutMs: number;
  /** Turns a reply's plain error back into an Error. */
  readonly revive: (error: Reply & { ok: false }) => Error;
}

export interface WorkerConnection<Req> {
  /** Sends `message` (an `id` is added) and resolves with the worker's result. */
  request(message: Req): Promise<unknown>;
  /** Counts worker starts: a new value means the worker lost any state it was given. */
  readonly generation: number;
  /** Starts a worker now if none runs (throws if it cannot); returns the generation. */
  ensureStarted(): number;
  dispose(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** Creates a connection; see {@link ConnectionOptions}. */
export function createWorkerConnection<Req extends object>(
  options: ConnectionOptions<Req>,
): WorkerConnection<Req> {
  let port: PortLike<Req> | undefined;
  let generation = 0;
  let nextId = 1;
  let disposed = false;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    pending.clear();
  };
  const stop = (reason: string, final = false) => {
    const dead = port;
    port = undefined;
    if (dead) {
      dead.onmessage = null;
      dead.onerror = null;
      dead.onmessageerror = null;
      dead.terminate();
    }
    const next = final ? "" : "; it restarts on the next request";
    failAll(new Error(`${options.name} ${reason}${next}`));
  };

  function ensureStarted(): number {
    if (disposed) throw new Error(`${options.name} was disposed`);
    if (port) return generation;
    let started: PortLike<Req>;
    try {
      started = options.make();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`${options.name} could not start (${why}); it is tried again next time`);
    }
    port = started;
    generation++;
    started.onmessage = (event) => {
      const data = event.data as Reply;
      const p = pending.get(data?.id);
      if (!p) return;
      pending.delete(data.id);
      clearTimeout(p.timer);
      if (data.ok) p.resolve(data.result);
      else p.reject(options.revive(data));
    };
    started.onerror = (event) => stop(`failed (${event.message || "the script did not run"})`);
    started.onmessageerror = () => stop("sent a message that could not be read");
    return generation;
  }

  return {
    get generation() {
      return generation;
    },
    ensureStarted,
    request(message) {
      try {
        ensureStarted();
      } catch (error) {
        return Promise.reject(error);
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          if (!pending.has(id)) return;
          const seconds = Math.round(options.timeoutMs / 1000);
          stop(`gave no answer within ${seconds} s and was stopped`);
        }, options.timeoutMs);
        pending.set(id, { resolve, reject, timer });
        try {
          port?.postMessage({ ...message, id });
        } catch (error) {
          pending.delete(id);
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    dispose() {
      disposed = true;
      stop("was disposed", true);
    },
  };
}
