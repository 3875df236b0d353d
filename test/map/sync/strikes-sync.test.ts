import type { FeatureCollection } from "geojson";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL, SOURCE_STRIKES } from "@/map/ids";
import { StrikeGl } from "@/map/strike-gl/strike-layer";
import { strikesAtPoint, syncStrikes } from "@/map/sync/strikes-sync";
import { selectVisibleRange } from "@/state/selectors";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { FakeMap } from "../../helpers/fake-map";
import { hourlyStrikes, hoursWindow, storeWith } from "../../helpers/map-store";

function setup(n: number) {
  const map = new FakeMap([LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL]).withSources(
    SOURCE_STRIKES,
  );
  const store = storeWith(hourlyStrikes(n));
  const setRange = vi.spyOn(StrikeGl.prototype, "setRange");
  const stop = syncStrikes(map.asMap, store);
  const source = map.getSource(SOURCE_STRIKES);
  if (!source) throw new Error("no strikes source");
  const mirrored = () => (source.data as FeatureCollection).features.map((f) => f.properties?.sid);
  return { map, store, setRange, stop, source, mirrored };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("syncStrikes: the window is a GL draw range", () => {
  it("adds the two GL layers in place and hides the GeoJSON symbol layer's icons", () => {
    const { map } = setup(3);
    expect(map.getLayersOrder()).toEqual([
      "strike-gl-halos",
      LAYER_MISSIONS_HIGHLIGHT,
      "strike-gl-icons",
      LAYER_STRIKES_SYMBOL,
    ]);
    expect(map.callsTo("setPaintProperty")[0]?.args).toEqual([
      LAYER_STRIKES_SYMBOL,
      "icon-opacity",
      0,
    ]);
  });

  it("changes the draw range once per window step and repaints once, with no setData meanwhile", () => {
    const { map, store, setRange, source } = setup(20);
    vi.advanceTimersByTime(WINDOW_REST_MS);
    const setDataBefore = source.setDataCalls.length;
    setRange.mockClear();
    const repaintsBefore = map.repaints;
    for (let step = 0; step < 6; step++) {
      store.getState().setTimeWindow(hoursWindow(step, step + 4));
      vi.advanceTimersByTime(WINDOW_REST_MS / 3);
      expect(setRange).toHaveBeenCalledTimes(step + 1);
      expect(setRange).toHaveBeenLastCalledWith(step, step + 4);
      expect(map.repaints - repaintsBefore).toBe(step + 1);
    }
    expect(source.setDataCalls.length).toBe(setDataBefore);
  });

  it("copies the window into the GeoJSON source once, after the window has rested", () => {
    const { store, source, mirrored } = setup(20);
    vi.advanceTimersByTime(WINDOW_REST_MS);
    const before = source.setDataCalls.length;
    store.getState().setTimeWindow(hoursWindow(2, 5));
    store.getState().setTimeWindow(hoursWindow(3, 6));
    vi.advanceTimersByTime(WINDOW_REST_MS - 1);
    expect(source.setDataCalls.length).toBe(before);
    vi.advanceTimersByTime(1);
    expect(source.setDataCalls.length).toBe(before + 1);
    expect(mirrored()).toEqual(["s3", "s4", "s5"]);
    vi.advanceTimersByTime(10 * WINDOW_REST_MS);
    expect(source.setDataCalls.length).toBe(before + 1);
  });

  it("copies new data at once, without waiting for a rest, and never sends the same copy twice", () => {
    const map = new FakeMap([LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL]).withSources(
      SOURCE_STRIKES,
    );
    const store = storeWith([]);
    syncStrikes(map.asMap, store);
    const source = map.getSource(SOURCE_STRIKES);
    if (!source) throw new Error("no strikes source");
    vi.advanceTimersByTime(WINDOW_REST_MS);
    store.getState().setTimeWindow(hoursWindow(0, 2));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    // Empty before, empty still: nothing is sent.
    expect(source.setDataCalls.length).toBe(0);
    const loaded = storeWith(hourlyStrikes(3)).getState();
    store.setState({ strikes: loaded.strikes, timeWindow: loaded.timeWindow });
    expect(source.setDataCalls.length).toBe(1);
    expect((source.data as FeatureCollection).features.map((f) => f.properties?.sid)).toEqual([
      "s0",
      "s1",
      "s2",
    ]);
    // The same strikes in a new window: nothing to send.
    store.getState().setTimeWindow(hoursWindow(-1, 5));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(source.setDataCalls.length).toBe(1);
    // A window with no strikes empties the copy once; a second empty window sends nothing.
    store.getState().setTimeWindow(hoursWindow(10, 12));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    store.getState().setTimeWindow(hoursWindow(20, 22));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(source.setDataCalls.length).toBe(2);
    expect((source.data as FeatureCollection).features).toEqual([]);
  });

  it("does not repaint when a step leaves the index range unchanged", () => {
    const { map, store } = setup(5);
    store.getState().setTimeWindow(hoursWindow(1, 3));
    const repaints = map.repaints;
    // Moves the window by a minute: the same strikes are inside.
    const w = hoursWindow(1, 3);
    store.getState().setTimeWindow({ startMs: w.startMs - 60_000, endMs: w.endMs - 60_000 });
    expect(map.repaints).toBe(repaints);
  });
});

describe("syncStrikes: the GeoJSON mirror's limit", () => {
  it("leaves a window above 5000 strikes out of the source, except the selected strike", () => {
    const { store, source, mirrored, setRange } = setup(5200);
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(selectVisibleRange(store.getState())).toEqual({ lo: 0, hi: 5200 });
    expect(setRange).toHaveBeenLastCalledWith(0, 5200);
    expect(mirrored()).toEqual([]);
    store.getState().select({ kind: "strike", id: "s42" }, "list");
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(mirrored()).toEqual(["s42"]);
    store.getState().setTimeWindow(hoursWindow(0, 5000));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect((source.data as FeatureCollection).features).toHaveLength(5000);
  });

  it("adds a selected strike outside a small window so its highlight has a feature", () => {
    const { store, mirrored } = setup(10);
    store.getState().setTimeWindow(hoursWindow(0, 2));
    store.getState().select({ kind: "strike", id: "s8" }, "list");
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(mirrored()).toEqual(["s0", "s1", "s8"]);
  });

  it("stops on teardown: layers removed, no pending setData", () => {
    const { map, store, stop, source } = setup(10);
    vi.advanceTimersByTime(WINDOW_REST_MS);
    store.getState().setTimeWindow(hoursWindow(0, 2));
    const before = source.setDataCalls.length;
    stop();
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(source.setDataCalls.length).toBe(before);
    expect(map.getLayersOrder()).toEqual([LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL]);
    expect(strikesAtPoint(map.asMap, { x: 0, y: 0 }, 10)).toEqual([]);
  });
});

describe("syncStrikes across a lost WebGL context", () => {
  it("puts both GL layers back in place and keeps following the window", () => {
    const { map, store, setRange } = setup(10);
    const order = map.getLayersOrder();
    map.loseContext();
    map.restoreContext([LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL]);
    expect(map.getLayersOrder()).toEqual(order);
    const repaints = map.repaints;
    store.getState().setTimeWindow(hoursWindow(1, 4));
    expect(setRange).toHaveBeenLastCalledWith(1, 4);
    expect(map.repaints).toBe(repaints + 1);
  });
});

describe("strikesAtPoint", () => {
  it("finds the window's strikes under a point, nearest first, and none outside the window", () => {
    const { map, store } = setup(10);
    // Strike i sits at lng 30.4 + i·0.001: 0.1 px apart at 100 px/deg, so widen the scale.
    map.pxPerDeg = 100_000;
    const at = map.project([30.403, 50.4]);
    expect(strikesAtPoint(map.asMap, at, 50)[0]).toBe("s3");
    const near = strikesAtPoint(map.asMap, at, 150);
    expect(near[0]).toBe("s3");
    expect(new Set(near.slice(1))).toEqual(new Set(["s2", "s4"]));
    store.getState().setTimeWindow(hoursWindow(5, 10));
    expect(strikesAtPoint(map.asMap, at, 50)).toEqual([]);
  });
});
