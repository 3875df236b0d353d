import { describe, expect, it, vi } from "vitest";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { createAppStore } from "@/state/store";
import { bindUrlState } from "@/state/url-state";
import { embassy, strike } from "../helpers/domain-fixtures";

const data = {
  missions: [embassy],
  strikes: [strike({ id: "b1", time: "2025-11-14T01:00:00+02:00" })],
  events: [],
  issues: [],
  datasetVersion: "t",
};
const layer: ImportedLayer = {
  id: "imp1",
  fileName: "mine.csv",
  target: "strikes",
  importedAtMs: 0,
  rowCount: 1,
  strikes: [strike({ id: "imp1:1", mapId: 0, time: "2025-11-10T12:00:00+02:00" })],
  missions: [],
  problems: [],
  visible: true,
};

/** A window whose hash can change (`go`) and whose rewrites of the link are recorded. */
function fakeWindow(hash: string) {
  const location = { hash, pathname: "/", search: "" };
  const written: string[] = [];
  const listeners: (() => void)[] = [];
  const win = {
    location,
    history: {
      replaceState: (_s: unknown, _t: string, url: string) => {
        written.push(url);
        location.hash = url.slice(url.indexOf("#"));
      },
    },
    addEventListener: (_type: string, f: () => void) => listeners.push(f),
    removeEventListener: () => {},
  } as unknown as Window;
  return Object.assign(win, {
    written,
    go(next: string) {
      location.hash = next;
      for (const f of listeners) f();
    },
  });
}

describe("links to imported records", () => {
  it("wait for layers saved in this browser before judging the link", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    const stop = bindUrlState(store, fakeWindow("#strike=imp1:1"));
    store.getState().setLayersStatus("loading");
    store.getState().setLoadedData(data);
    // The built-in data is ready, the saved layers are not: nothing is judged yet.
    expect(store.getState().linkProblems).toEqual([]);
    store.getState().setLayers([layer]);
    store.getState().setLayersStatus("ready");
    expect(store.getState().linkProblems).toEqual([]);
    expect(store.getState().selection).toEqual({ kind: "strike", id: "imp1:1" });
    stop();
  });

  it("say so when the layer is not in this browser", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    const stop = bindUrlState(store, fakeWindow("#strike=imp9:4"));
    store.getState().setLoadedData(data);
    const [problem] = store.getState().linkProblems;
    expect(problem?.part).toBe("strike");
    expect(problem?.reason).toMatch(/refers to data imported in another browser/);
    // Names the row, not the (random) layer id, and gives no advice that cannot work: importing
    // the same file again makes a new layer with a new id.
    expect(problem?.reason).toContain("strike “4”");
    expect(problem?.reason).not.toContain("imp9");
    expect(problem?.reason).toContain("stays in the browser that imported it");
    expect(store.getState().selection).toBeNull();
    stop();
  });

  it("keep a window reaching into a saved layer, once that layer is read back", () => {
    const later: ImportedLayer = {
      ...layer,
      strikes: [strike({ id: "imp1:1", mapId: 0, time: "2026-03-01T12:00:00+02:00" })],
    };
    const store = createAppStore({ clusterRunner: async () => [] });
    const hash = "#from=2025-11-13T00:00%2B02:00&to=2026-03-02T00:00%2B02:00";
    const stop = bindUrlState(store, fakeWindow(hash));
    store.getState().setLayersStatus("loading");
    store.getState().setLoadedData(data);
    // The built-in data ends in November 2025; the saved layer, not read yet, reaches March 2026.
    expect(store.getState().linkProblems).toEqual([]);
    store.getState().setLayers([later]);
    store.getState().setLayersStatus("ready");
    expect(store.getState().linkProblems).toEqual([]);
    expect(store.getState().timeWindow).toEqual({
      startMs: Date.parse("2025-11-13T00:00:00+02:00"),
      endMs: Date.parse("2026-03-02T00:00:00+02:00"),
    });
    expect(store.getState().timeWindowFromUrl).toBeUndefined();
    stop();
  });

  it("still cut a window that reaches past the saved layers too, and say so", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    const stop = bindUrlState(
      store,
      fakeWindow("#from=2025-11-01T00:00%2B02:00&to=2027-01-01T00:00%2B02:00"),
    );
    store.getState().setLayersStatus("loading");
    store.getState().setLoadedData(data);
    expect(store.getState().linkProblems).toEqual([]);
    store.getState().setLayers([layer]);
    store.getState().setLayersStatus("ready");
    const [problem] = store.getState().linkProblems;
    expect(problem?.part).toBe("from/to");
    expect(store.getState().timeWindow.endMs).toBeLessThan(Date.parse("2026-01-01T00:00:00Z"));
    stop();
  });

  it("let a window the user set while saved layers load stand, and write no cut window meanwhile", async () => {
    vi.useFakeTimers();
    try {
      const store = createAppStore({ clusterRunner: async () => [] });
      const win = fakeWindow("#from=2025-11-13T00:00%2B02:00&to=2026-03-02T00:00%2B02:00");
      const stop = bindUrlState(store, win);
      store.getState().setLayersStatus("loading");
      store.getState().setLoadedData(data);
      vi.advanceTimersByTime(5_000);
      expect(win.written, "the link is not rewritten cut to the built-in data").toEqual([]);
      const mine = {
        startMs: Date.parse("2025-11-14T00:00:00Z"),
        endMs: Date.parse("2025-11-15T00:00:00Z"),
      };
      store.getState().setTimeWindow(mine);
      store.getState().setLayers([layer]);
      store.getState().setLayersStatus("ready");
      expect(store.getState().timeWindow).toEqual(mine);
      expect(store.getState().linkProblems).toEqual([]);
      vi.advanceTimersByTime(5_000);
      expect(win.written.at(-1)).toContain("from=2025-11-14");
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("forget a waiting window when a new link without one arrives", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    const win = fakeWindow("#from=2025-11-13T00:00%2B02:00&to=2026-03-02T00:00%2B02:00");
    const stop = bindUrlState(store, win);
    store.getState().setLayersStatus("loading");
    store.getState().setLoadedData(data);
    win.go("#strike=b1");
    expect(store.getState().timeWindowFromUrl).toBeUndefined();
    store.getState().setLayers([
      {
        ...layer,
        strikes: [strike({ id: "imp1:1", mapId: 0, time: "2026-03-01T12:00:00+02:00" })],
      },
    ]);
    store.getState().setLayersStatus("ready");
    // The first link's window, reaching March 2026, does not come back.
    expect(store.getState().timeWindow.endMs).not.toBe(Date.parse("2026-03-02T00:00:00+02:00"));
    stop();
  });
});
