import type { Map as MaplibreMap, MapMouseEvent, MapTouchEvent } from "maplibre-gl";
import type { Tool } from "@/state/slices/tool-slice";
import type { AppStore } from "@/state/store";
import { LAYER_MEASURE_VERTICES, SOURCE_MEASURE } from "./ids";
import { measurePointAt } from "./snap";

type PointerEvent = MapMouseEvent | MapTouchEvent;

/** What the measure tool does on each map event; one table per tool (Placemark's pattern). */
export interface Handlers {
  readonly click: (e: MapMouseEvent) => void;
  readonly dblclick: (e: MapMouseEvent) => void;
  readonly down: (e: PointerEvent) => void;
  readonly move: (e: PointerEvent) => void;
  readonly up: (e: PointerEvent) => void;
}

const VERTEX_HIT_PX = 10;
/** A press on a vertex that moves farther than this is a drag. */
const DRAG_PX = 3;
/** A touch that moves less than this and ends within TAP_MS is a tap. */
const TAP_PX = 8;
const TAP_MS = 500;

/**
 * Builds the handler table. Dragging a vertex works in every tool (the path stays editable after
 * Escape); adding points only while measuring. Taps are recognised here so a touch adds exactly
 * one point whether or not the browser also sends a click.
 */
export function createHandlers(map: MaplibreMap, store: AppStore): Record<Tool, Handlers> {
  let press: { index: number; x: number; y: number } | undefined;
  let dragIndex: number | undefined;
  let tap: { x: number; y: number; t: number } | undefined;
  /**
   * Set when a vertex drag has just ended, so the click the browser may send after it is
   * not taken as a new point; cleared by that click or by the next press (MapLibre sends no click
   * after a drag longer than its click tolerance, so a timer would swallow a quick real click).
   */
  let suppressClick = false;
  /** After a tap: the browser's compatibility mouse events (down, up, click) follow at once. */
  let ignoreClickUntilMs = 0;

  const vertexAt = (e: PointerEvent): number | undefined => {
    if (!map.getLayer(LAYER_MEASURE_VERTICES)) return undefined;
    const { x, y } = e.point;
    const hits = map.queryRenderedFeatures(
      [
        [x - VERTEX_HIT_PX, y - VERTEX_HIT_PX],
        [x + VERTEX_HIT_PX, y + VERTEX_HIT_PX],
      ],
      { layers: [LAYER_MEASURE_VERTICES] },
    );
    // Coincident vertices (a strike on its mission): take the latest, the one drawn on top.
    const indices = hits.map((f) => f.properties.index).filter((i) => typeof i === "number");
    return indices.length > 0 ? Math.max(...indices) : undefined;
  };
  const setDragging = (index: number | undefined, on: boolean) => {
    if (index !== undefined)
      map.setFeatureState({ source: SOURCE_MEASURE, id: index + 1 }, { dragging: on });
  };
  const previousRef = (before: number) => store.getState().measurePoints[before - 1]?.ref;
  const addPointAt = (point: { x: number; y: number }) => {
    const count = store.getState().measurePoints.length;
    store.getState().addMeasurePoint(measurePointAt(map, store, point, previousRef(count)));
  };

  /** A press on a vertex becomes a drag only once it moves, so a click there still adds a point. */
  const pressVertex = (e: PointerEvent): boolean => {
    if ("points" in e && e.points.length !== 1) return false;
    const index = vertexAt(e);
    if (index === undefined) return false;
    e.preventDefault();
    press = { index, x: e.point.x, y: e.point.y };
    return true;
  };
  const moveDrag = (e: PointerEvent): boolean => {
    if (
      press &&
      dragIndex === undefined &&
      Math.hypot(e.point.x - press.x, e.point.y - press.y) > DRAG_PX
    ) {
      dragIndex = press.index;
      setDragging(dragIndex, true);
    }
    if (dragIndex === undefined) return false;
    const ll = e.lngLat.wrap();
    store.getState().moveMeasurePoint(dragIndex, { lngLat: [ll.lng, ll.lat] });
    return true;
  };
  const hoverCursor = (e: PointerEvent) => {
    if (vertexAt(e) !== undefined) map.getCanvas().style.cursor = "move";
    else if (store.getState().tool === "measure") map.getCanvas().style.cursor = "crosshair";
  };
  /** Ends a press; true when it was a drag (the vertex then re-snaps where it was dropped). */
  const release = (e: PointerEvent): boolean => {
    const index = dragIndex;
    press = undefined;
    dragIndex = undefined;
    if (index === undefined) return false;
    setDragging(index, false);
    store
      .getState()
      .moveMeasurePoint(index, measurePointAt(map, store, e.point, previousRef(index)));
    suppressClick = true;
    return true;
  };

  const pan: Handlers = {
    click: () => {},
    dblclick: () => {},
    down: (e) => {
      suppressClick = false;
      pressVertex(e);
    },
    move: (e) => {
      if (!moveDrag(e) && !("points" in e)) hoverCursor(e);
    },
    up: (e) => void release(e),
  };
  const measure: Handlers = {
    click: (e) => {
      if (suppressClick || performance.now() < ignoreClickUntilMs) {
        suppressClick = false;
        return;
      }
      addPointAt(e.point);
    },
    dblclick: (e) => e.preventDefault(),
    down: (e) => {
      suppressClick = false;
      pressVertex(e);
      if ("points" in e && e.points.length === 1)
        tap = { x: e.point.x, y: e.point.y, t: performance.now() };
    },
    move: (e) => {
      if (!moveDrag(e) && !("points" in e)) hoverCursor(e);
      if (tap && Math.hypot(e.point.x - tap.x, e.point.y - tap.y) > TAP_PX) tap = undefined;
    },
    up: (e) => {
      if (release(e)) return;
      const t = tap;
      tap = undefined;
      if (!t || !("points" in e) || performance.now() - t.t > TAP_MS) return;
      addPointAt(t);
      ignoreClickUntilMs = performance.now() + 600;
    },
  };
  // Placing a site (src/map/add-site.ts) leaves the path as in pan: editable, no new points.
  return { pan, measure, "add-site": pan };
}
