import { afterEach, describe, expect, it, vi } from "vitest";
import { strikeColumnsFrom } from "@/analysis/columns";
import type { MissionLike } from "@/analysis/proximity";
import {
  type AnalysisClient,
  createAnalysisClient,
  type WorkerLike,
} from "@/workers/analysis-client";
import { createAnalysisEngine, handleRequest } from "@/workers/analysis-engine";
import type { AnalysisRequest } from "@/workers/analysis-protocol";

const missions: MissionLike[] = [{ id: "kyiv", lngLat: [30.49056, 50.46082], uncertaintyM: 30 }];
const columns = strikeColumnsFrom(
  new Float64Array([30.5, 30.5001, 30.5002]),
  new Float64Array([50.45, 50.4501, 50.4502]),
  new Float64Array([1, 2, 3]),
  new Float64Array(3).fill(50),
);
const win = { startMs: 0, endMs: 10 };

/** Runs the real engine; `silent` swallows requests (a stuck worker). */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  onmessageerror: WorkerLike["onmessageerror"] = null;
  readonly engine = createAnalysisEngine();
  readonly kinds: string[] = [];
  silent = false;
  terminated = false;
  postMessage(message: AnalysisRequest): void {
    this.kinds.push(message.kind);
    if (this.silent) return;
    const copy = structuredClone(message);
    queueMicrotask(() => this.onmessage?.({ data: handleRequest(this.engine, copy) }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

let client: AnalysisClient | undefined;
afterEach(() => {
  client?.dispose();
  vi.useRealTimers();
});

describe("analysis client recovery", () => {
  it("restarts a crashed worker and gives it the data set again", async () => {
    const workers: FakeWorker[] = [];
    client = createAnalysisClient({
      makeWorker: () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
    });
    await client.setData(columns, missions);
    workers[0]?.onerror?.({ message: "out of memory" });
    expect(workers[0]?.terminated).toBe(true);
    const clusters = await client.clusters("w", win, { epsM: 100 });
    expect(clusters).toHaveLength(1);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.kinds).toEqual(["load", "clusters"]);
  });

  it("treats messageerror as a crash", async () => {
    const w = new FakeWorker();
    const next = new FakeWorker();
    client = createAnalysisClient({ worker: w, makeWorker: () => next });
    await client.setData(columns, missions);
    w.silent = true;
    const p = client.nearest();
    w.onmessageerror?.({});
    await expect(p).rejects.toThrow(/could not be read; it restarts on the next request/);
    await expect(client.nearest()).resolves.toBeTruthy();
  });

  it("times out a request with a message and replaces the stuck worker", async () => {
    vi.useFakeTimers();
    const stuck = new FakeWorker();
    const fresh = new FakeWorker();
    client = createAnalysisClient({ worker: stuck, makeWorker: () => fresh, timeoutMs: 5_000 });
    await client.setData(columns, missions);
    stuck.silent = true;
    const p = client.nearest();
    const outcome = expect(p).rejects.toThrow(/gave no answer within 5 s and was stopped/);
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
    expect(stuck.terminated).toBe(true);
    vi.useRealTimers();
    await expect(client.nearest()).resolves.toBeTruthy();
  });

  it("retries a failed start instead of keeping the failure", async () => {
    let attempts = 0;
    client = createAnalysisClient({
      makeWorker: () => {
        attempts++;
        if (attempts === 1) throw new Error("blocked by the page's policy");
        return new FakeWorker();
      },
    });
    await expect(client.setData(columns, missions)).rejects.toThrow(
      /could not start \(blocked by the page's policy\); it is tried again next time/,
    );
    await client.setData(columns, missions);
    await expect(client.clusters("w", win, { epsM: 100 })).resolves.toHaveLength(1);
    expect(attempts).toBe(2);
  });
});
