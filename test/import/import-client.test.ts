/** The import client with a fake Worker: progress, outcome, cancel, crash → outcome, restart. */
import { describe, expect, it } from "vitest";
import { createImportClient, ImportCancelled, type ImportWorkerLike } from "@/import/import-client";
import { importBytes } from "@/import/import-file";
import {
  type ImportRequest,
  type ImportResponse,
  STRIKES_PER_MESSAGE,
} from "@/import/import-protocol";
import { outcomeMessages } from "@/import/outcome-messages";
import { encodeStrikes, type StrikeWire } from "@/import/strike-wire";

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
    // The real worker's messages, through a structured clone as postMessage makes them.
    for (const { message, transfer } of outcomeMessages(req.id, outcome)) {
      this.onmessage?.({ data: structuredClone(message, { transfer }) });
    }
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

/**
 * A job on a fresh client, with the worker it went to, its message id, a way to answer as that
 * worker, and the outcome the pipeline gives for CSV.
 */
async function startedJob() {
  const { client, workers } = setup();
  const job = client.start({ name: "a.csv", text: CSV }, settings, () => {});
  const w = workers[0] as FakeWorker;
  const id = (w.received[0] as ImportRequest).id;
  const whole = await importBytes("a.csv", new TextEncoder().encode(CSV), settings);
  const send = (data: ImportResponse) => w.onmessage?.({ data });
  return { client, workers, job, w, id, whole, send };
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

  it("joins strikes sent ahead of the outcome to it, in order", async () => {
    const { job, id, whole, send } = await startedJob();
    const first = whole.strikes[0];
    if (!first) throw new Error("fixture has no strike");
    const a = { ...first, id: "C:a" };
    const b = { ...first, id: "C:b" };
    send({ id, kind: "strikes", wire: encodeStrikes([a]) });
    send({ id, kind: "strikes", wire: encodeStrikes([b]) });
    send({ id, kind: "done", outcome: { ...whole, strikes: [first] } });
    expect((await job.done).strikes.map((s) => s.id)).toEqual(["C:a", "C:b", first.id]);
  });

  it("prepare creates the worker ahead of the first job, which then runs on it", async () => {
    const { client, workers } = setup();
    client.prepare();
    expect(workers).toHaveLength(1);
    client.prepare();
    const job = client.start({ name: "a.csv", text: CSV }, settings, () => {});
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((r) => r.name)).toEqual(["a.csv"]);
    await workers[0]?.release();
    expect((await job.done).strikes).toHaveLength(1);
  });

  it("receives thousands of strikes in several runs, joined in order", async () => {
    const { client, workers } = setup();
    const rows = 2 * STRIKES_PER_MESSAGE + 5;
    const csv = `id,date,lat,lon\n${Array.from(
      { length: rows },
      (_, i) => `${i},2025-07-14 02:${String(i % 60).padStart(2, "0")},50.45,30.52`,
    ).join("\n")}\n`;
    const job = client.start({ name: "many.csv", text: csv }, settings, () => {});
    const w = workers[0] as FakeWorker;
    const runs: number[] = [];
    const deliver = w.onmessage;
    w.onmessage = (event) => {
      if (event.data.kind === "strikes") runs.push(event.data.wire.count);
      deliver?.(event);
    };
    await w.release();
    const outcome = await job.done;
    expect(runs).toEqual([STRIKES_PER_MESSAGE, STRIKES_PER_MESSAGE, 5]);
    expect(outcome.strikes.map((s) => s.id)).toEqual(
      Array.from({ length: rows }, (_, i) => `C:${i}`),
    );
  });

  it("fails the job, never hangs, on a run it cannot decode; the next job gets a fresh worker", async () => {
    const { client, workers, job, w, id, whole, send } = await startedJob();
    const wire = encodeStrikes(whole.strikes);
    const truncated: StrikeWire = { ...wire, lengths: wire.lengths.subarray(1) };
    send({ id, kind: "strikes", wire: truncated });
    const failed = await job.done;
    expect(failed.strikes).toEqual([]);
    expect(failed.problems[0]?.reason).toContain("could not be received");
    expect(w.terminated).toBe(true);
    const b = client.start({ name: "b.csv", text: CSV }, settings, () => {});
    await workers[1]?.release();
    expect((await b.done).strikes).toHaveLength(1);
  });

  it("drops the runs already received when the worker reports it failed to send the rest", async () => {
    const { job, id, whole, send } = await startedJob();
    send({ id, kind: "strikes", wire: encodeStrikes(whole.strikes) });
    send({ id, kind: "failed", reason: "Could not be sent." });
    const outcome = await job.done;
    expect(outcome.strikes).toEqual([]);
    expect(outcome.problems.map((p) => p.reason)).toEqual(["Could not be sent."]);
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
