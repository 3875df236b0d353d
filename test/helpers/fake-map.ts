import type { CustomLayerInterface, Map as MaplibreMap } from "maplibre-gl";

import { vi } from "vitest";

type Listener = (...args: unknown[]) => void;
/** One recorded call on the fake map or one of its sources. */
export interface Call {
  readonly method: string;
  readonly args: readonly unknown[];
}
interface Layer {
  readonly id: string;
  readonly custom?: CustomLayerInterface;
}

/** A GeoJSON source of the fake map: keeps its data and records every `setData`. */
export class FakeSource {
  data: unknown;
  readonly setDataCalls: unknown[] = [];
  readonly id: string;
  private readonly calls: Call[];
  constructor(id: string, spec: { data?: unknown }, calls: Call[]) {
    this.id = id;
    this.data = spec.data;
    this.calls = calls;
  }
  setData(data: unknown) {
    this.data = data;
    this.setDataCalls.push(data);
    this.calls.push({ method: `source:${this.id}.setData`, args: [data] });
    return this;
  }
}

/**
 * A partial MapLibre Map for unit tests of src/map: layers, GeoJSON sources, feature state, camera
 * moves and events, every call recorded in `calls` (use `callsTo`). Projection is a plain linear
 * lng/lat ↔ px mapping (`pxPerDeg`). Pair it with `captureFrames()` and Vitest's fake timers.
 *
 * The context-loss part follows MapLibre 6's order of events
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
  /** The context custom layers get in `onAdd` and `onRemove`. */
  gl = {} as WebGL2RenderingContext;
  loadedNow = true;
  zoom = 5;
  pxPerDeg = 100;
  readonly calls: Call[] = [];
  readonly sources = new Map<string, FakeSource>();
  readonly featureState = new Map<string, Record<string, unknown>>();
  private listeners = new Map<string, Listener[]>();
  private once_ = new Map<string, Listener[]>();

  constructor(ids: readonly string[] = []) {
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
  fire(type: string, event: Record<string, unknown> = {}) {
    const once = this.once_.get(type) ?? [];
    this.once_.delete(type);
    for (const fn of [...(this.listeners.get(type) ?? []), ...once]) fn({ type, ...event });
  }
  /** The recorded calls to `method` (e.g. "flyTo", "source:strikes.setData"). */
  callsTo(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }
  private record(method: string, args: readonly unknown[]) {
    this.calls.push({ method, args });
  }
  addSource(id: string, spec: { data?: unknown }) {
    this.record("addSource", [id, spec]);
    this.sources.set(id, new FakeSource(id, spec, this.calls));
    return this;
  }
  getSource(id: string) {
    return this.sources.get(id);
  }
  /** Adds empty GeoJSON sources, as mount-map does before the syncs start. */
  withSources(...ids: string[]) {
    for (const id of ids) this.addSource(id, { data: { type: "FeatureCollection", features: [] } });
    return this;
  }
  removeLayer(id: string) {
    this.record("removeLayer", [id]);
    const layer = this.getLayer(id);
    this.layers = this.layers.filter((l) => l.id !== id);
    layer?.custom?.onRemove?.(this.asMap, {} as WebGL2RenderingContext);
    return this;
  }
  setPaintProperty(...args: unknown[]) {
    this.record("setPaintProperty", args);
    return this;
  }
  setFeatureState(target: { source: string; id: number | string }, state: Record<string, unknown>) {
    this.record("setFeatureState", [target, state]);
    const key = `${target.source}/${target.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
  }
  /** The feature state of `id` in `source` (undefined if never set). */
  stateOf(source: string, id: number | string) {
    return this.featureState.get(`${source}/${id}`);
  }
  getZoom() {
    return this.zoom;
  }
  getCenter() {
    return { lng: 0, lat: 0 };
  }
  getPixelRatio() {
    return 1;
  }
  flyTo(options: unknown) {
    this.record("flyTo", [options]);
    return this;
  }
  jumpTo(options: unknown) {
    this.record("jumpTo", [options]);
    return this;
  }
  fitBounds(...args: unknown[]) {
    this.record("fitBounds", args);
    return this;
  }
  project([lng, lat]: [number, number]) {
    return { x: lng * this.pxPerDeg, y: -lat * this.pxPerDeg };
  }
  unproject([x, y]: [number, number]) {
    return { lng: x / this.pxPerDeg, lat: -y / this.pxPerDeg };
  }
  queryRenderedFeatures(...args: unknown[]): unknown[] {
    this.record("queryRenderedFeatures", args);
    return [];
  }
  listenerCount(): number {
    let n = 0;
    for (const list of [...this.listeners.values(), ...this.once_.values()]) n += list.length;
    return n;
  }
  getCanvasContainer() {
    return this.container;
  }
  /** The style as MapLibre reports it: layers in order (with their spec) and the sources. */
  getStyle() {
    return {
      layers: this.layers.map((l) => ({ ...l })),
      sources: Object.fromEntries(this.sources),
    };
  }
  removeSource(id: string) {
    this.record("removeSource", [id]);
    this.sources.delete(id);
    return this;
  }
  setLayoutProperty(...args: unknown[]) {
    this.record("setLayoutProperty", args);
    return this;
  }
  readonly images = new Set<string>();
  hasImage(id: string) {
    return this.images.has(id);
  }
  addImage(id: string) {
    this.images.add(id);
  }
  setFilter(...args: unknown[]) {
    this.record("setFilter", args);
    return this;
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
    entry.custom?.onAdd?.(this.asMap, this.gl);
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
    this.record("triggerRepaint", []);
  }

  /** A real context loss, as MapLibre 6 handles it. */
  loseContext() {
    this.container.dispatchEvent(new Event("webglcontextlost"));
    const custom = this.layers.filter((l) => l.custom);
    this.layers = [];
    this.styleLoaded = false;
    for (const l of custom) l.custom?.onRemove?.(this.asMap, this.gl);
    this.fire("webglcontextlost");
  }
  /** MapLibre's worker restart: the same two events, but the context (and the style) live on. */
  restartWorkers() {
    this.fire("webglcontextlost");
    const custom = this.layers.filter((l) => l.custom);
    this.layers = this.layers.filter((l) => !l.custom);
    this.styleLoaded = false;
    for (const l of custom) l.custom?.onRemove?.(this.asMap, this.gl);
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

/** Animation frames captured instead of run: `run()` runs the frame callbacks queued so far. */
export interface CapturedFrames {
  /** Callbacks waiting for the next frame. */
  readonly pending: number;
  /** Runs one frame (the callbacks queued before it started); returns how many ran. */
  run(): number;
  /** Puts the real globals back. */
  restore(): void;
}

/** Replaces `requestAnimationFrame` / `cancelAnimationFrame` with a hand-driven frame queue. */
export function captureFrames(): CapturedFrames {
  let next = 1;
  const queue = new Map<number, FrameRequestCallback>();
  vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => {
    const handle = next++;
    queue.set(handle, cb);
    return handle;
  });
  vi.stubGlobal("cancelAnimationFrame", (handle: number) => queue.delete(handle));
  return {
    get pending() {
      return queue.size;
    },
    run() {
      const due = [...queue.entries()];
      queue.clear();
      for (const [, cb] of due) cb(0);
      return due.length;
    },
    restore: () => vi.unstubAllGlobals(),
  };
}
