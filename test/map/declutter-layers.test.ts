import type { FeatureCollection } from "geojson";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SOURCE_MISSIONS, SOURCE_STRIKES } from "@/map/ids";
import { bindLabelObstacles, OBSTACLE_LAYERS, OBSTACLE_PX } from "@/map/label-obstacles";
import { APP_LAYERS } from "@/map/layers";
import {
  LAYER_STACK_BADGES,
  SOURCE_STACKS,
  STACK_MIN_ZOOM,
  syncStacks,
} from "@/map/sync/stacks-sync";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { strike } from "../helpers/domain-fixtures";
import { FakeMap } from "../helpers/fake-map";
import { hoursWindow, storeWith, T0_MS } from "../helpers/map-store";

afterEach(() => vi.useRealTimers());

const AT: [number, number] = [30.49056, 50.46082];
/** Three strikes on one point, one elsewhere, one on the point but outside the test window. */
function strikes() {
  const at = (i: number, lngLat: [number, number]) =>
    strike({
      id: `s${i}`,
      mapId: 100 + i,
      time: new Date(T0_MS + i * 3_600_000).toISOString(),
      lngLat,
    });
  return [at(0, AT), at(1, [30.5, 50.45]), at(2, AT), at(3, [AT[0], AT[1] + 1e-5]), at(9, AT)];
}

/** A map with the app's layers and the sources the obstacles read. */
const withAppSources = () =>
  new FakeMap(APP_LAYERS.map((l) => l.id)).withSources(
    SOURCE_MISSIONS,
    SOURCE_STRIKES,
    SOURCE_STACKS,
  );

describe("label obstacles", () => {
  it("sit above every app layer, draw nothing and block labels", () => {
    const map = withAppSources();
    const stop = bindLabelObstacles(map.asMap, storeWith([]));
    const order = map.getLayersOrder();
    for (const layer of OBSTACLE_LAYERS) {
      expect(order.indexOf(layer.id)).toBeGreaterThan(order.indexOf(APP_LAYERS.at(-1)?.id ?? ""));
      const { layout, paint } = layer as {
        layout: Record<string, unknown>;
        paint: Record<string, unknown>;
      };
      expect(paint["icon-opacity"]).toBe(0);
      expect(layout["icon-allow-overlap"]).toBe(true);
      expect(layout["icon-ignore-placement"]).toBe(false);
    }
    stop();
  });

  it("app labels sit beyond the selected item's box, so no label covers the selection ring", () => {
    const offsetPx = (id: string) => {
      const layout = APP_LAYERS.find((l) => l.id === id)?.layout as Record<string, number>;
      // MapLibre pads each label's box by text-padding (2 px by default).
      return (layout["text-radial-offset"] ?? 0) * (layout["text-size"] ?? 0) - 2;
    };
    expect(offsetPx("strikes-symbol")).toBeGreaterThan(OBSTACLE_PX.selected / 2);
    expect(offsetPx("missions-label")).toBeGreaterThan(OBSTACLE_PX.selected / 2);
  });

  it("the selected strike or mission gets the large box", () => {
    const map = withAppSources();
    const store = storeWith(strikes());
    const stop = bindLabelObstacles(map.asMap, store);
    store.getState().select({ kind: "strike", id: "s2" }, "list");
    const last = (layer: string) =>
      map
        .callsTo("setFilter")
        .filter((c) => c.args[0] === layer)
        .at(-1)?.args[1];
    expect(last("label-obstacles-selected-strike")).toEqual(["==", ["get", "sid"], "s2"]);
    store.getState().select({ kind: "mission", id: "embassy-kyiv" }, "list");
    expect(last("label-obstacles-selected-mission")).toEqual([
      "==",
      ["get", "mid"],
      "embassy-kyiv",
    ]);
    expect(last("label-obstacles-selected-strike")).not.toEqual(["==", ["get", "sid"], "s2"]);
    expect(OBSTACLE_LAYERS.map((l) => (l as { source: string }).source)).toEqual([
      SOURCE_MISSIONS,
      SOURCE_STRIKES,
      SOURCE_MISSIONS,
      SOURCE_STRIKES,
      SOURCE_STACKS,
    ]);
    stop();
  });
});

describe("stack badges", () => {
  it("count strikes on one point in the window once it rests; a badge click lists them", () => {
    vi.useFakeTimers();
    const store = storeWith(strikes());
    store.getState().setTimeWindow(hoursWindow(0, 5));
    const map = new FakeMap(APP_LAYERS.map((l) => l.id));
    map.zoom = STACK_MIN_ZOOM;
    const stop = syncStacks(map.asMap, store);
    const data = () => map.getSource(SOURCE_STACKS)?.data as FeatureCollection;
    expect(data().features.map((f) => f.properties?.count)).toEqual([3]);
    store.getState().setTimeWindow(hoursWindow(0, 10));
    expect(data().features.map((f) => f.properties?.count)).toEqual([3]);
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(data().features.map((f) => f.properties?.count)).toEqual([4]);
    map.queryRenderedFeatures = () => [data().features[0]];
    map.fire("click", { point: { x: 0, y: 0 } });
    expect(store.getState().stackIds).toEqual(["s0", "s2", "s3", "s9"]);
    expect(map.getLayer(LAYER_STACK_BADGES)).toBeDefined();
    stop();
  });

  it("below street zoom a resting window computes no stacks; zooming in computes them", () => {
    vi.useFakeTimers();
    const store = storeWith(strikes());
    store.getState().setTimeWindow(hoursWindow(0, 5));
    const map = new FakeMap(APP_LAYERS.map((l) => l.id));
    map.zoom = STACK_MIN_ZOOM - 0.5;
    const stop = syncStacks(map.asMap, store);
    const data = () => map.getSource(SOURCE_STACKS)?.data as FeatureCollection;
    expect(data().features).toEqual([]);
    store.getState().setTimeWindow(hoursWindow(0, 10));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(data().features).toEqual([]);
    map.zoom = STACK_MIN_ZOOM;
    map.fire("moveend");
    expect(data().features.map((f) => f.properties?.count)).toEqual([4]);
    // Back out: the next rest empties the source instead of computing stacks nobody sees.
    map.zoom = 6;
    store.getState().setTimeWindow(hoursWindow(0, 5));
    vi.advanceTimersByTime(WINDOW_REST_MS);
    expect(data().features).toEqual([]);
    stop();
  });
});
