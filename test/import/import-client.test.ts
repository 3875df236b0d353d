/** The import client with a fake Worker: progress, outcome, cancel, crash → outcome, restart. */
import { describe, expect, it } from "vitest";
import { createImportClient, ImportCancelled, type ImportWorkerLike } from "@/import/import-client";
import { importBytes } from "@/import/import-file";
import type { ImportRequest, ImportResponse } from "@/import/import-protocol";

const settings = {
  target: "strikes",
  zone: "Europe/Kyiv",
  defaultUncertaintyM: 500,
  layerId: "C",
} as const;
const CSV = "id,date,lat,lon\n1,2025-07-14 02:40,50.45,30.52\n";

/** A worker double: runs the real pipeline when `release()` is called, or crashes on demand. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ((event: { data: ImportResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  readonly received: ImportRequest[] = [];
  terminated = false;
  postMessage(message: ImportRequest): void {
    this.received.push(message);
  }
  async release(): Promise<void> {
    const req = this.received.shift();
    if (!req || this.terminated) return;
    const text = "text" in req ? req.text : "";
    const outcome = await importBytes(
      req.name,
      new TextEncoder().encode(text),
      req.settings,
      (fraction) => this.onmessage?.({ data: { id: req.id, kind: "progress", fraction } }),
    );
    this.onmessage?.({ data: { id: req.id, kind: "done", outcome } });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createImportClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe("import client", () => {
  it("creates the worker lazily and reports progress and the outcome", async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const progress: number[] = [];
    const job = client.start({ name: "a.csv", text: CSV }, settings, (f) => progress.push(f));
    expect(workers).toHaveLength(1);
    await workers[0]?.release();
    const outcome = await job.done;
    expect(outcome.strikes.map((s) => s.id)).toEqual(["C:1"]);
    expect(progress.at(-1)).toBe(1);
  });

  it("cancel rejects with ImportCancelled, terminates, and resends the other jobs", async () => {
    const { client, workers } = setup();
    const a = client.start({ name: "a.csv", text: CSV }, settings, () => {});
    const b = client.start({ name: "b.csv", text: CSV }, settings, () => {});
    a.cancel();
    await expect(a.done).rejects.toBeInstanceOf(ImportCancelled);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.received.map((r) => r.name)).toEqual(["b.csv"]);
    await workers[1]?.release();
    expect((await b.done).fileName).toBe("b.csv");
  });

  it("turns a crash or an unreadable message into an outcome with a problem, then recovers", async () => {
    const { client, workers } = setup();
    const a = client.start({ name: "a.csv", text: CSV }, settings, () => {});
    const b = client.start({ name: "b.csv", text: CSV }, settings, () => {});
    workers[0]?.onerror?.({ message: "out of memory" });
    const failed = await a.done;
    expect(failed.strikes).toEqual([]);
    expect(failed.problems[0]?.reason).toContain("out of memory");
    expect(workers[1]?.received.map((r) => r.name)).toEqual(["b.csv"]);
    workers[1]?.onmessageerror?.({});
    expect((await b.done).problems[0]?.reason).toContain("could not be received");
    const c = client.start({ name: "c.csv", text: CSV }, settings, () => {});
    await workers[2]?.release();
    expect((await c.done).strikes).toHaveLength(1);
  });

  it("refuses a file over the limit before reading it", async () => {
    const { client, workers } = setup();
    const huge = { name: "big.csv", size: 200 * 1024 * 1024 } as unknown as File;
    const outcome = await client.start(huge, settings, () => {}).done;
    expect(outcome.problems[0]?.reason).toContain("files over 100 MB are not imported");
    expect(workers).toHaveLength(0);
  });

  it("runs on the calling thread when there is no Worker", async () => {
    const client = createImportClient(() => null);
    const outcome = await client.start({ name: "a.csv", text: CSV }, settings, () => {}).done;
    expect(outcome.strikes).toHaveLength(1);
  });
});
