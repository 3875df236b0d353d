import type { Map as MaplibreMap } from "maplibre-gl";
import { chooseOverlaySide } from "@/lib/overlay-side";
import { selectMeasurement } from "@/state/measure-selectors";
import type { AppStore } from "@/state/store";

/** The overlays that must not hide measured points (see styles.css: `[data-overlays]`). */
const OVERLAY_SELECTOR = ".map-toolbar, .map-status";

/**
 * Keeps the measure readout and the status chip off the measured points: after every change of
 * the points, of the view or of the readout's size, if a point lies under them and the opposite
 * edge of the map is clearer, the store's `overlaySide` flips (the UI moves them by CSS).
 */
export function bindOverlayPlacement(map: MaplibreMap, store: AppStore): () => void {
  const container = map.getContainer();
  const region = container.closest(".map-region") ?? container.parentElement;
  let frame = 0;
  const place = () => {
    frame = 0;
    const vertices = selectMeasurement(store.getState()).vertices;
    const boxes = [...(region?.querySelectorAll(OVERLAY_SELECTOR) ?? [])].map((el) =>
      el.getBoundingClientRect(),
    );
    if (vertices.length === 0 || boxes.length === 0) return;
    const c = container.getBoundingClientRect();
    const top = Math.min(...boxes.map((b) => b.top)) - c.top;
    const bottom = Math.max(...boxes.map((b) => b.bottom)) - c.top;
    const left = Math.min(...boxes.map((b) => b.left)) - c.left;
    const right = Math.max(...boxes.map((b) => b.right)) - c.left;
    const points = vertices.map((v) => map.project([v.lngLat[0], v.lngLat[1]]));
    const rect = { left, top, width: right - left, height: bottom - top };
    const { overlaySide, setOverlaySide } = store.getState();
    const side = chooseOverlaySide(points, rect, c.height, overlaySide);
    if (side !== overlaySide) setOverlaySide(side);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  const unsubscribe = store.subscribe((s) => s.measurePoints, schedule);
  map.on("moveend", schedule);
  map.on("resize", schedule);
  const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(schedule);
  const toolbar = region?.querySelector(".map-toolbar");
  if (toolbar) observer?.observe(toolbar);
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
    observer?.disconnect();
    map.off("moveend", schedule);
    map.off("resize", schedule);
  };
}
