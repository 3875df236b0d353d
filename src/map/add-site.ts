import type { Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import type { AppStore } from "@/state/store";

/**
 * "Add a site here": while the tool is "add-site" the cursor is a crosshair and the next click
 * hands its point to the store (the UI then asks for a name) and returns to panning.
 */
export function bindAddSite(map: MaplibreMap, store: AppStore): () => void {
  const onClick = (e: MapMouseEvent) => {
    const state = store.getState();
    if (state.tool !== "add-site") return;
    const ll = e.lngLat.wrap();
    state.setPendingSite([ll.lng, ll.lat]);
    state.setTool("pan");
  };
  map.on("click", onClick);
  const unsub = store.subscribe(
    (s) => s.tool,
    (tool) => {
      if (tool === "add-site") map.getCanvas().style.cursor = "crosshair";
    },
  );
  return () => {
    map.off("click", onClick);
    unsub();
  };
}
