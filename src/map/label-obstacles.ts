import type { FilterSpecification, LayerSpecification, Map as MaplibreMap } from "maplibre-gl";
import type { AppStore } from "@/state/store";
import { SOURCE_MISSIONS, SOURCE_STRIKES } from "./ids";
import { SOURCE_STACKS, STACK_BADGE_OFFSET_PX, STACK_MIN_ZOOM } from "./sync/stacks-sync";

/**
 * Invisible collision boxes that keep every label off the symbols: MapLibre places symbol layers
 * top first, so boxes added above all labels make each later label (the app's and the basemap's)
 * move to another anchor or drop out rather than cover a strike, a mission or the selection ring.
 * A label cannot cover its own symbol either, since that symbol's box is placed before it.
 */
export const OBSTACLE_IMAGE = "label-obstacle";
const IMAGE_PX = 2;
/** Box sizes in CSS px: symbol plus a margin; the selected item's box covers its highlight ring. */
export const OBSTACLE_PX = { strike: 20, mission: 26, selected: 30, stackBadge: 24 } as const;

const LAYER_STRIKES = "label-obstacles-strikes";
const LAYER_MISSIONS = "label-obstacles-missions";
const LAYER_SELECTED_STRIKE = "label-obstacles-selected-strike";
const LAYER_SELECTED_MISSION = "label-obstacles-selected-mission";
const LAYER_STACK_BADGES = "label-obstacles-stack-badges";
const NOTHING: FilterSpecification = ["==", ["get", "sid"], "\u0000"];

function obstacle(
  id: string,
  source: string,
  px: number,
  filter?: FilterSpecification,
  offsetPx: readonly [number, number] = [0, 0],
) {
  const size = px / IMAGE_PX;
  return {
    id,
    type: "symbol",
    source,
    ...(filter ? { filter } : {}),
    layout: {
      "icon-image": OBSTACLE_IMAGE,
      "icon-size": size,
      // icon-offset is scaled by icon-size.
      "icon-offset": [offsetPx[0] / size, offsetPx[1] / size],
      "icon-allow-overlap": true,
      "icon-ignore-placement": false,
      "icon-padding": 0,
    },
    paint: { "icon-opacity": 0 },
  } as LayerSpecification;
}

/** The obstacle layers, bottom to top (they draw nothing). */
export const OBSTACLE_LAYERS: readonly LayerSpecification[] = [
  obstacle(LAYER_MISSIONS, SOURCE_MISSIONS, OBSTACLE_PX.mission),
  obstacle(LAYER_STRIKES, SOURCE_STRIKES, OBSTACLE_PX.strike),
  obstacle(LAYER_SELECTED_MISSION, SOURCE_MISSIONS, OBSTACLE_PX.selected, NOTHING),
  obstacle(LAYER_SELECTED_STRIKE, SOURCE_STRIKES, OBSTACLE_PX.selected, NOTHING),
  {
    ...obstacle(
      LAYER_STACK_BADGES,
      SOURCE_STACKS,
      OBSTACLE_PX.stackBadge,
      undefined,
      STACK_BADGE_OFFSET_PX,
    ),
    minzoom: STACK_MIN_ZOOM,
  } as LayerSpecification,
];

/** Adds the obstacle image and layers on top of the app's layers and follows the selection. */
export function bindLabelObstacles(map: MaplibreMap, store: AppStore): () => void {
  if (!map.hasImage(OBSTACLE_IMAGE))
    map.addImage(OBSTACLE_IMAGE, {
      width: IMAGE_PX,
      height: IMAGE_PX,
      data: new Uint8Array(IMAGE_PX * IMAGE_PX * 4),
    });
  for (const layer of OBSTACLE_LAYERS)
    if (!map.getLayer(layer.id) && map.getSource((layer as { source: string }).source))
      map.addLayer(layer);
  return store.subscribe(
    (s) => s.selection,
    (sel) => {
      const is = (kind: string, key: string): FilterSpecification =>
        sel?.kind === kind ? ["==", ["get", key], sel.id] : NOTHING;
      map.setFilter(LAYER_SELECTED_STRIKE, is("strike", "sid"));
      map.setFilter(LAYER_SELECTED_MISSION, is("mission", "mid"));
    },
    { fireImmediately: true },
  );
}
