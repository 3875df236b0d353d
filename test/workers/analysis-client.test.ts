import { afterEach, describe, expect, it, vi } from "vitest";
import { strikeColumnsFrom } from "@/analysis/columns";
import { dbscan } from "@/analysis/dbscan";
import { AnalysisError } from "@/analysis/errors";
import type { MissionLike } from "@/analysis/proximity";
import {
  type AnalysisClient,
  createAnalysisClient,
  type WorkerLike,
} from "@/workers/analysis-client";
import { createAnalysisEngine, handleRequest } from "@/workers/analysis-engine";
import type { AnalysisRequest, AnalysisResponse } from "@/workers/analysis-protocol";
import { rng } from "../analysis/helpers";

const missions: MissionLike[] = [
  { id: "kyiv", lngLat: [30.49056, 50.46082], uncertaintyM: 30 },
  { id: "kharkiv", lngLat: [36.23, 49.99], uncertaintyM: 300 },
];

function data(n = 600) {
  const r = rng(4);
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  const tMs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const near = i % 2 === 0;
    lng[i] = near ? 30.5 + (r() - 0.5) * 0.05 : 22 + r() * 18;
    lat[i] = near ? 50.45 + (r() - 0.5) * 0.03 : 44.5 + r() * 8;
    tMs[i] = Date.parse("2025-01-01T00:00:00Z") + i * 3_600_000;
  }
  return strikeColumnsFrom(lng, lat, tMs, new Float64Array(n).fill(50));
}

/** A Worker double that runs the real engine asynchronously, cloning messages like postMessage. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  readonly engine = createAnalysisEngine();
  posted: AnalysisRequest[] = [];
  terminated = false;
  postMessage(message: AnalysisRequest): void {
    this.posted.push(message);
    const copy = structuredClone(message);
    setTimeout(() => {
      const res: AnalysisResponse = structuredClone(handleRequest(this.engine, copy));
      this.onmessage?.({ data: res });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

let client: AnalysisClient | undefined;
afterEach(() => client?.dispose());

describe("analysis client", () => {
  it("falls back to synchronous work when Worker is undefined", async () => {
    expect(typeof Worker).toBe("undefined");
    client = createAnalysisClient();
    expect(client.mode).toBe("sync");
    const cols = data();
    await client.setData(cols, missions);
    const window = { startMs: cols.tMs[100] ?? 0, endMs: cols.tMs[400] ?? 0 };
    const clusters = await client.clusters("w1", window, { epsM: 1000, minPoints: 3 });
    const expected = dbscan(
      { lng: cols.lng.subarray(100, 400), lat: cols.lat.subarray(100, 400) },
      1000,
      3,
    ).clusterCount;
    expect(clusters).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
    for (const c of clusters)
      for (const i of c.strikeIndices) expect(i >= 100 && i < 400).toBe(true);
  });

  it("talks to a worker, caches per window (LRU) and shares concurrent calls", async () => {
    const worker = new FakeWorker();
    client = createAnalysisClient({ worker, cacheSize: 2 });
    expect(client.mode).toBe("worker");
    const cols = data();
    await client.setData(cols, missions);
    const w = (a: number, b: number) => ({ startMs: cols.tMs[a] ?? 0, endMs: cols.tMs[b] ?? 0 });
    const [a, b] = await Promise.all([
      client.clusters("A", w(0, 300), { epsM: 1000 }),
      client.clusters("A", w(0, 300), { epsM: 1000 }),
    ]);
    expect(a).toBe(b);
    expect(worker.posted.filter((m) => m.kind === "clusters")).toHaveLength(1);
    await client.clusters("B", w(300, 600), { epsM: 1000 });
    await client.clusters("A", w(0, 300), { epsM: 1000 }); // still cached (A was used last before B)
    expect(worker.posted.filter((m) => m.kind === "clusters")).toHaveLength(2);
    await client.clusters("C", w(100, 200), { epsM: 1000 }); // evicts B
    await client.clusters("B", w(300, 600), { epsM: 1000 });
    expect(worker.posted.filter((m) => m.kind === "clusters")).toHaveLength(4);
    await client.clusters("A", w(0, 300), { epsM: 2000 }); // other parameters: other entry
    expect(worker.posted.filter((m) => m.kind === "clusters")).toHaveLength(5);
  });

  it("new data empties the cache", async () => {
    const worker = new FakeWorker();
    client = createAnalysisClient({ worker });
    const cols = data();
    await client.setData(cols, missions);
    const n1 = await client.nearest();
    await client.setData(cols, missions);
    const n2 = await client.nearest();
    expect(worker.posted.filter((m) => m.kind === "nearest")).toHaveLength(2);
    expect(Array.from(n2.index)).toEqual(Array.from(n1.index));
  });

  it("gives nightly history and nearest missions from the worker", async () => {
    client = createAnalysisClient({ worker: new FakeWorker() });
    const cols = data();
    await client.setData(cols, missions);
    const nights = await client.nightly("kyiv");
    expect(nights.length).toBeGreaterThan(0);
    expect(nights.every((n) => n.strikeCount >= 1)).toBe(true);
    const nearest = await client.nearest();
    expect(nearest.index).toHaveLength(cols.tMs.length);
  });

  it("revives typed errors from the worker and does not cache failures", async () => {
    const worker = new FakeWorker();
    client = createAnalysisClient({ worker });
    await expect(client.nearest()).rejects.toBeInstanceOf(AnalysisError);
    await client.setData(data(), missions);
    await expect(client.nightly("nowhere")).rejects.toThrow(/unknown mission/);
    await expect(
      client.clusters("x", { startMs: 0, endMs: 1 }, { epsM: -1 }),
    ).rejects.toMatchObject({
      code: "invalid-argument",
    });
    await expect(client.nearest()).resolves.toBeTruthy();
  });

  it("rejects pending calls when the worker fails or the client is disposed", async () => {
    const worker = new FakeWorker();
    worker.postMessage = vi.fn();
    const second = new FakeWorker();
    second.postMessage = vi.fn();
    client = createAnalysisClient({ worker, makeWorker: () => second });
    const p = client.nearest();
    worker.onerror?.({ message: "boom" });
    await expect(p).rejects.toThrow(/boom/);
    expect(worker.terminated).toBe(true);
    const q = client.nearest();
    client.dispose();
    await expect(q).rejects.toThrow(/disposed/);
    expect(second.terminated).toBe(true);
    await expect(client.nearest()).rejects.toThrow(/disposed/);
  });
});

describe("analysis worker entry", () => {
  it("answers requests posted to it", async () => {
    const posted: AnalysisResponse[] = [];
    const scope: {
      onmessage: ((e: { data: AnalysisRequest }) => void) | null;
      postMessage(m: AnalysisResponse): void;
    } = {
      onmessage: null,
      postMessage: (m) => posted.push(m),
    };
    vi.stubGlobal("self", scope);
    try {
      await import("@/workers/analysis-worker");
      const cols = data(50);
      scope.onmessage?.({ data: { id: 1, kind: "load", columns: cols, missions } });
      scope.onmessage?.({ data: { id: 2, kind: "nearest" } });
      expect(posted[0]).toEqual({ id: 1, ok: true, result: { count: 50 } });
      expect(posted[1]?.ok).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
