import type { CustomLayerInterface, Map as MaplibreMap } from "maplibre-gl";

type Listener = (...args: unknown[]) => void;
interface Layer {
  readonly id: string;
  readonly custom?: CustomLayerInterface;
}

/**
 * The slice of MapLibre's Map that the context-loss code uses, with MapLibre 6's order of events
 * on a lost context: the canvas event (seen first by capturing listeners on its container), then
 * the style torn down (custom layers get `onRemove`), then the map's `webglcontextlost`; on
 * restore the map's `webglcontextrestored`, and later `style.load` of a style rebuilt without
 * custom layers.
 */
export class FakeMap {
  readonly container = new EventTarget();
  layers: Layer[];
  styleLoaded = true;
  repaints = 0;
  loadedNow = true;
  private listeners = new Map<string, Listener[]>();
  private once_ = new Map<string, Listener[]>();

  constructor(ids: readonly string[]) {
    this.layers = ids.map((id) => ({ id }));
  }

  get asMap(): MaplibreMap {
    return this as unknown as MaplibreMap;
  }
  on(type: string, fn: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
    return this;
  }
  once(type: string, fn: Listener) {
    this.once_.set(type, [...(this.once_.get(type) ?? []), fn]);
    return this;
  }
  off(type: string, fn: Listener) {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((f) => f !== fn),
    );
    this.once_.set(
      type,
      (this.once_.get(type) ?? []).filter((f) => f !== fn),
    );
    return this;
  }
  fire(type: string) {
    const once = this.once_.get(type) ?? [];
    this.once_.delete(type);
    for (const fn of [...(this.listeners.get(type) ?? []), ...once]) fn({ type });
  }
  listenerCount(): number {
    let n = 0;
    for (const list of [...this.listeners.values(), ...this.once_.values()]) n += list.length;
    return n;
  }
  getCanvasContainer() {
    return this.container;
  }
  getLayersOrder(): string[] {
    return this.layers.map((l) => l.id);
  }
  getLayer(id: string) {
    return this.layers.find((l) => l.id === id);
  }
  addLayer(layer: CustomLayerInterface | { id: string }, before?: string) {
    const i = before === undefined ? -1 : this.layers.findIndex((l) => l.id === before);
    const entry: Layer =
      "type" in layer && layer.type === "custom" ? { id: layer.id, custom: layer } : layer;
    if (i < 0) this.layers.push(entry);
    else this.layers.splice(i, 0, entry);
    entry.custom?.onAdd?.(this.asMap, {} as WebGL2RenderingContext);
    return this;
  }
  isStyleLoaded() {
    return this.styleLoaded;
  }
  loaded() {
    return this.loadedNow;
  }
  triggerRepaint() {
    this.repaints++;
  }

  /** A real context loss, as MapLibre 6 handles it. */
  loseContext() {
    this.container.dispatchEvent(new Event("webglcontextlost"));
    const custom = this.layers.filter((l) => l.custom);
    this.layers = [];
    this.styleLoaded = false;
    for (const l of custom) l.custom?.onRemove?.(this.asMap, {} as WebGL2RenderingContext);
    this.fire("webglcontextlost");
  }
  /** MapLibre's worker restart: the same two events, but the context (and the style) live on. */
  restartWorkers() {
    this.fire("webglcontextlost");
    const custom = this.layers.filter((l) => l.custom);
    this.layers = this.layers.filter((l) => !l.custom);
    this.styleLoaded = false;
    for (const l of custom) l.custom?.onRemove?.(this.asMap, {} as WebGL2RenderingContext);
    this.fire("webglcontextrestored");
    this.styleLoaded = true;
    this.fire("style.load");
  }
  /** Restore: the style comes back from its snapshot (no custom layers) a moment later. */
  restoreContext(snapshot: readonly string[]) {
    this.fire("webglcontextrestored");
    this.layers = snapshot.map((id) => ({ id }));
    this.styleLoaded = true;
    this.fire("style.load");
  }
}
