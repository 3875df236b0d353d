import type { CustomLayerInterface } from "maplibre-gl";
import { describe, expect, it, vi } from "vitest";
import { keepAcrossContextLoss } from "@/map/strike-gl/context-recovery";
import { FakeMap } from "../../helpers/fake-map";

const custom = (id: string): CustomLayerInterface => ({
  id,
  type: "custom",
  render: () => {},
});

/** A map with base layers a…d, a custom "halo" below c and "icon" below d, watched. */
function setup() {
  const map = new FakeMap(["a", "b", "c", "d"]);
  const halo = custom("halo");
  const icon = custom("icon");
  const onLost = vi.fn();
  const recovery = keepAcrossContextLoss(map.asMap, [halo, icon], onLost);
  map.addLayer(halo, "c");
  recovery.remember();
  map.addLayer(icon, "d");
  recovery.remember();
  return { map, halo, icon, onLost, recovery };
}

describe("keepAcrossContextLoss", () => {
  it("puts the custom layers back below the same neighbours once the rebuilt style loads", () => {
    const { map, onLost, recovery } = setup();
    expect(map.getLayersOrder()).toEqual(["a", "b", "halo", "c", "icon", "d"]);
    map.loseContext();
    expect(onLost).toHaveBeenCalledTimes(1);
    expect(recovery.restoring).toBe(true);
    expect(map.getLayersOrder()).toEqual([]);
    map.restoreContext(["a", "b", "c", "d"]);
    expect(map.getLayersOrder()).toEqual(["a", "b", "halo", "c", "icon", "d"]);
    expect(recovery.restoring).toBe(false);
    expect(map.repaints).toBeGreaterThan(0);
  });

  it("uses the order at the moment of the loss, not the order when the layers were added", () => {
    const { map } = setup();
    // A layer added later right above the halo (e.g. by another sync, with its own beforeId).
    map.addLayer({ id: "x" }, "c");
    expect(map.getLayersOrder()).toEqual(["a", "b", "halo", "x", "c", "icon", "d"]);
    map.loseContext();
    map.restoreContext(["a", "b", "x", "c", "d"]);
    expect(map.getLayersOrder()).toEqual(["a", "b", "halo", "x", "c", "icon", "d"]);
  });

  it("appends a layer whose neighbour is gone from the rebuilt style", () => {
    const { map } = setup();
    map.loseContext();
    map.restoreContext(["a", "b", "c"]);
    expect(map.getLayersOrder()).toEqual(["a", "b", "halo", "c", "icon"]);
  });

  it("handles MapLibre's worker restart (same events, live context)", () => {
    const { map, onLost } = setup();
    map.restartWorkers();
    expect(onLost).toHaveBeenCalledTimes(1);
    expect(map.getLayersOrder()).toEqual(["a", "b", "halo", "c", "icon", "d"]);
  });

  it("does nothing more once disposed", () => {
    const { map, onLost, recovery } = setup();
    const before = map.listenerCount();
    recovery.dispose();
    expect(map.listenerCount()).toBeLessThan(before);
    map.loseContext();
    map.restoreContext(["a", "b", "c", "d"]);
    expect(onLost).not.toHaveBeenCalled();
    expect(map.getLayersOrder()).toEqual(["a", "b", "c", "d"]);
  });
});

describe("StrikeGl across a lost context", () => {
  it("comes back after every loss, but not after the app removed it", async () => {
    const { StrikeGl } = await import("@/map/strike-gl/strike-layer");
    const map = new FakeMap(["missions-highlight", "strikes-symbol"]);
    const gl = new StrikeGl();
    map.addLayer(gl.haloLayer, "missions-highlight");
    map.addLayer(gl.iconLayer, "strikes-symbol");
    const order = ["strike-gl-halos", "missions-highlight", "strike-gl-icons", "strikes-symbol"];
    for (let i = 0; i < 2; i++) {
      map.loseContext();
      map.restoreContext(["missions-highlight", "strikes-symbol"]);
      expect(map.getLayersOrder()).toEqual(order);
    }
    // The app removes the layers (MapLibre calls onRemove); a later loss must not bring them back.
    map.layers = map.layers.filter((l) => !l.custom);
    gl.haloLayer.onRemove?.(map.asMap, {} as WebGL2RenderingContext);
    map.loseContext();
    map.restoreContext(["missions-highlight", "strikes-symbol"]);
    expect(map.getLayersOrder()).toEqual(["missions-highlight", "strikes-symbol"]);
  });
});
