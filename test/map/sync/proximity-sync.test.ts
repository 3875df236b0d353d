import type { FeatureCollection } from "geojson";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SOURCE_PROXIMITY } from "@/map/proximity/ids";
import { syncProximity } from "@/map/sync/proximity-sync";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { embassy } from "../../helpers/domain-fixtures";
import { type CapturedFrames, captureFrames, FakeMap } from "../../helpers/fake-map";
import { hourlyStrikes, hoursWindow, storeWith } from "../../helpers/map-store";

let frames: CapturedFrames;
beforeEach(() => {
  vi.useFakeTimers();
  frames = captureFrames();
});
afterEach(() => {
  frames.restore();
  vi.useRealTimers();
});

function setup() {
  const map = new FakeMap();
  const store = storeWith(hourlyStrikes(20));
  const stop = syncProximity(map.asMap, store);
  frames.run();
  const source = map.getSource(SOURCE_PROXIMITY);
  if (!source) throw new Error("no proximity source");
  const features = () => (source.data as FeatureCollection).features;
  return { map, store, stop, source, features };
}

describe("syncProximity", () => {
  it("adds its source and layers once and starts empty", () => {
    const { map, features } = setup();
    expect(map.callsTo("addSource")).toHaveLength(1);
    expect(map.getLayersOrder().length).toBeGreaterThan(0);
    expect(features()).toEqual([]);
  });

  it("draws a new selection in the next frame, once however many changes came before it", () => {
    const { store, source, features } = setup();
    const before = source.setDataCalls.length;
    store.getState().select({ kind: "strike", id: "s1" }, "list");
    store.getState().select({ kind: "strike", id: "s2" }, "list");
    expect(source.setDataCalls.length).toBe(before);
    frames.run();
    expect(source.setDataCalls.length).toBe(before + 1);
    expect(features().length).toBeGreaterThan(0);
  });

  it("redraws ring counts only once the window rests, then in one frame", () => {
    const { store, source, features } = setup();
    store.getState().select({ kind: "mission", id: embassy.id }, "list");
    frames.run();
    const rings = features().length;
    expect(rings).toBeGreaterThan(0);
    const before = source.setDataCalls.length;
    for (let step = 0; step < 5; step++) {
      store.getState().setTimeWindow(hoursWindow(step, step + 3));
      vi.advanceTimersByTime(WINDOW_REST_MS / 3);
      frames.run();
    }
    expect(source.setDataCalls.length).toBe(before);
    vi.advanceTimersByTime(WINDOW_REST_MS);
    frames.run();
    expect(source.setDataCalls.length).toBe(before + 1);
  });

  it("clears the overlay when nothing is selected and stops on teardown", () => {
    const { store, stop, source, features } = setup();
    store.getState().select({ kind: "mission", id: embassy.id }, "list");
    frames.run();
    store.getState().select(null, "list");
    frames.run();
    expect(features()).toEqual([]);
    const before = source.setDataCalls.length;
    stop();
    store.getState().select({ kind: "strike", id: "s1" }, "list");
    vi.advanceTimersByTime(WINDOW_REST_MS);
    frames.run();
    expect(source.setDataCalls.length).toBe(before);
  });
});
