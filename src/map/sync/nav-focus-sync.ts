import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import { selectMissionsById, selectStrikesById } from "@/state/selectors";
import type { Selection } from "@/state/slices/selection-slice";
import type { AppStore } from "@/state/store";

export const SOURCE_NAV_FOCUS = "nav-focus";
export const LAYER_NAV_FOCUS = "nav-focus-ring";
export const LAYER_NAV_FOCUS_HALO = "nav-focus-halo";

const point = (store: AppStore, sel: Selection | null) => {
  if (!sel) return undefined;
  const s = store.getState();
  const item =
    sel.kind === "strike" ? selectStrikesById(s).get(sel.id) : selectMissionsById(s).get(sel.id);
  return item?.lngLat;
};

/**
 * The keyboard navigator's two map ends: reports the visible bounds to the store after every move
 * (the navigator lists what is in view) and draws a focus ring (a dark halo under a bright ring,
 * visible on light and dark basemaps) at the feature the navigator points at.
 */
export function syncNavFocus(map: MaplibreMap, store: AppStore): () => void {
  const report = () => {
    const b = map.getBounds();
    store.getState().setMapBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  };
  map.addSource(SOURCE_NAV_FOCUS, {
    type: "geojson",
    data: { type: "FeatureCollection", features: [] },
  });
  const ring = (id: string, color: string, width: number) =>
    map.addLayer({
      id,
      type: "circle",
      source: SOURCE_NAV_FOCUS,
      paint: {
        "circle-radius": 16,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": color,
        "circle-stroke-width": width,
      },
    });
  ring(LAYER_NAV_FOCUS_HALO, "#000000", 6);
  ring(LAYER_NAV_FOCUS, "#ffd400", 3);
  const draw = (sel: Selection | null) => {
    const at = point(store, sel);
    (map.getSource(SOURCE_NAV_FOCUS) as GeoJSONSource | undefined)?.setData({
      type: "FeatureCollection",
      features: at
        ? [
            {
              type: "Feature",
              properties: {},
              geometry: { type: "Point", coordinates: [at[0], at[1]] },
            },
          ]
        : [],
    });
  };
  const unsub = store.subscribe((s) => s.navActive, draw, { fireImmediately: true });
  map.on("moveend", report);
  report();
  return () => {
    unsub();
    map.off("moveend", report);
  };
}
