import type { CustomLayerInterface, Map as MaplibreMap } from "maplibre-gl";

export interface ContextRecovery {
  /** Records where the layers sit in the layer order (call after adding one of them). */
  remember(): void;
  /**
   * True from a loss until the layers are back. MapLibre calls the layers' `onRemove` while it
   * tears the lost style down; such a removal is not the app removing them for good.
   */
  readonly restoring: boolean;
  /** Stops watching: removes every listener and cancels a pending re-add. */
  dispose(): void;
}

/**
 * Keeps custom layers on `map` across a lost WebGL context. On `webglcontextlost` MapLibre 6
 * destroys its style and, on `webglcontextrestored`, rebuilds it from a serialized snapshot —
 * which cannot hold custom layers, so they are dropped (it only warns). This puts them back,
 * each below the same neighbour as before, once the rebuilt style has loaded. MapLibre fires the
 * same two events when its workers restart (the context survives then). `onLost` runs when the
 * layers' GPU objects became invalid; the layers rebuild them on their next `render`.
 */
export function keepAcrossContextLoss(
  map: MaplibreMap,
  layers: readonly CustomLayerInterface[],
  onLost: () => void,
): ContextRecovery {
  const ownIds = new Set(layers.map((l) => l.id));
  /** Our layers in z-order, each with the id of the first foreign layer above it. */
  let places: Array<{ layer: CustomLayerInterface; before: string | undefined }> = [];
  let restoring = false;

  const remember = () => {
    const order = map.getLayersOrder();
    const next: typeof places = [];
    order.forEach((id, i) => {
      const layer = layers.find((l) => l.id === id);
      if (!layer) return;
      const before = order.slice(i + 1).find((other) => !ownIds.has(other));
      next.push({ layer, before });
    });
    // An empty order means the style is already gone: keep what was recorded while it existed.
    if (next.length > 0) places = next;
  };
  const reAdd = () => {
    restoring = false;
    for (const { layer, before } of places) {
      if (map.getLayer(layer.id)) continue;
      map.addLayer(layer, before !== undefined && map.getLayer(before) ? before : undefined);
    }
    map.triggerRepaint();
  };
  // The canvas fires `webglcontextlost` before MapLibre's own handler tears the style down; a
  // capturing listener on its parent runs first, while the layer order can still be read.
  const container = map.getCanvasContainer();
  const beforeTeardown = () => {
    restoring = true;
    remember();
  };
  container.addEventListener("webglcontextlost", beforeTeardown, true);
  const lost = () => {
    restoring = true;
    remember();
    map.off("style.load", reAdd);
    onLost();
  };
  const restored = () => {
    map.off("style.load", reAdd);
    if (map.isStyleLoaded()) reAdd();
    else map.once("style.load", reAdd);
  };
  map.on("webglcontextlost", lost);
  map.on("webglcontextrestored", restored);
  return {
    remember,
    get restoring() {
      return restoring;
    },
    dispose: () => {
      container.removeEventListener("webglcontextlost", beforeTeardown, true);
      map.off("webglcontextlost", lost);
      map.off("webglcontextrestored", restored);
      map.off("style.load", reAdd);
    },
  };
}
