import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SOURCE_MISSIONS, SOURCE_STRIKES } from "@/map/ids";
import { syncSelection } from "@/map/sync/selection-sync";
import { consulate, embassy } from "../../helpers/domain-fixtures";
import { FakeMap } from "../../helpers/fake-map";
import { hourlyStrikes, hoursWindow, storeWith } from "../../helpers/map-store";

function setup(n = 10, reduceMotion = false) {
  vi.stubGlobal("window", { matchMedia: () => ({ matches: reduceMotion }) });
  const map = new FakeMap();
  const store = storeWith(hourlyStrikes(n));
  const stop = syncSelection(map.asMap, store);
  return { map, store, stop };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("syncSelection", () => {
  it("moves the `selected` flag from the previous item to the new one", () => {
    const { map, store } = setup();
    store.getState().select({ kind: "strike", id: "s2" }, "map");
    expect(map.stateOf(SOURCE_STRIKES, 1002)).toEqual({ selected: true });
    store.getState().select({ kind: "mission", id: consulate.id }, "map");
    expect(map.stateOf(SOURCE_STRIKES, 1002)).toEqual({ selected: false });
    expect(map.stateOf(SOURCE_MISSIONS, consulate.mapId)).toEqual({ selected: true });
  });

  it("flies to a selection made outside the map, at least to its precision's zoom", () => {
    const { map, store } = setup();
    store.getState().select({ kind: "mission", id: consulate.id }, "list");
    const [fly] = map.callsTo("flyTo");
    expect(fly?.args[0]).toMatchObject({ center: consulate.lngLat, zoom: 10 });
    // A click on the map never moves the camera.
    store.getState().select({ kind: "mission", id: embassy.id }, "map");
    expect(map.callsTo("flyTo")).toHaveLength(1);
  });

  it("jumps instead of flying when the user asks for reduced motion", () => {
    const { map, store } = setup(10, true);
    store.getState().select({ kind: "strike", id: "s1" }, "list");
    expect(map.callsTo("flyTo")).toHaveLength(0);
    expect(map.callsTo("jumpTo")[0]?.args[0]).toMatchObject({ zoom: 15 });
  });

  it("hovers strikes only while the window is small enough to be mirrored", () => {
    const { map, store } = setup(5200);
    store.getState().setHovered({ kind: "strike", id: "s1" });
    expect(map.stateOf(SOURCE_STRIKES, 1001)).toBeUndefined();
    store.getState().setHovered({ kind: "mission", id: embassy.id });
    expect(map.stateOf(SOURCE_MISSIONS, embassy.mapId)).toEqual({ hovered: true });
    store.getState().setTimeWindow(hoursWindow(0, 10));
    store.getState().setHovered({ kind: "strike", id: "s1" });
    expect(map.stateOf(SOURCE_STRIKES, 1001)).toEqual({ hovered: true });
    expect(map.stateOf(SOURCE_MISSIONS, embassy.mapId)).toEqual({ hovered: false });
  });

  it("stops listening on teardown", () => {
    const { map, store, stop } = setup();
    stop();
    store.getState().select({ kind: "strike", id: "s2" }, "list");
    expect(map.callsTo("setFeatureState")).toHaveLength(0);
    expect(map.callsTo("flyTo")).toHaveLength(0);
  });
});
