import type { Map as MaplibreMap, MapMouseEvent, MapTouchEvent } from "maplibre-gl";
import { rafThrottle } from "@/lib/raf-throttle";
import { selectMeasureFeatures } from "@/state/measure-selectors";
import type { AppStore } from "@/state/store";
import { addEmptySource, setSourceData } from "../sync/source-data";
import { createHandlers } from "./handlers";
import { SOURCE_MEASURE } from "./ids";
import { MEASURE_LAYERS } from "./measure-layers";

/**
 * The measure tool on the map: adds its source and layers (on top), forwards map events to the
 * current tool's handlers without re-binding listeners when the tool changes, and draws the path
 * from the store at most once per frame. Returns a teardown.
 */
export function bindMeasureTool(map: MaplibreMap, store: AppStore): () => void {
  if (!map.getSource(SOURCE_MEASURE)) {
    addEmptySource(map, SOURCE_MEASURE);
    for (const layer of MEASURE_LAYERS) map.addLayer(layer);
  }
  const handlers = createHandlers(map, store);
  const current = () => handlers[store.getState().tool];
  const onClick = (e: MapMouseEvent) => current().click(e);
  const onDblClick = (e: MapMouseEvent) => current().dblclick(e);
  const onDown = (e: MapMouseEvent | MapTouchEvent) => current().down(e);
  const onMove = (e: MapMouseEvent | MapTouchEvent) => current().move(e);
  const onUp = (e: MapMouseEvent | MapTouchEvent) => current().up(e);
  const events = [
    ["click", onClick],
    ["dblclick", onDblClick],
    ["mousedown", onDown],
    ["touchstart", onDown],
    ["mousemove", onMove],
    ["touchmove", onMove],
    ["mouseup", onUp],
    ["touchend", onUp],
  ] as const;
  for (const [type, fn] of events) map.on(type, fn as (e: unknown) => void);

  const draw = rafThrottle(() => {
    setSourceData(map, SOURCE_MEASURE, selectMeasureFeatures(store.getState()));
  });
  const unsubFeatures = store.subscribe(selectMeasureFeatures, () => draw(), {
    fireImmediately: true,
  });
  const unsubTool = store.subscribe(
    (s) => s.tool,
    (tool) => {
      map.getCanvas().style.cursor = tool === "measure" ? "crosshair" : "";
      map.getCanvas().dataset.tool = tool;
    },
    { fireImmediately: true },
  );
  return () => {
    for (const [type, fn] of events) map.off(type, fn as (e: unknown) => void);
    unsubFeatures();
    unsubTool();
    draw.cancel();
  };
}
