import type { Map as MaplibreMap } from "maplibre-gl";
import type { LocationPrecision } from "@/domain/types";
import { selectMissionsById, selectStrikesById, selectVisibleRange } from "@/state/selectors";
import type { Selection } from "@/state/slices/selection-slice";
import type { AppStore } from "@/state/store";
import { SOURCE_MISSIONS, SOURCE_STRIKES } from "../ids";
import { isMirrored } from "./strikes-sync";

const ZOOM_FOR_PRECISION: Record<LocationPrecision, number> = {
  exact: 15,
  street: 15,
  district: 12,
  city: 10,
};

function resolve(store: AppStore, sel: Selection | null) {
  if (!sel) return undefined;
  const state = store.getState();
  const item =
    sel.kind === "strike"
      ? selectStrikesById(state).get(sel.id)
      : selectMissionsById(state).get(sel.id);
  if (!item) return undefined;
  return { source: sel.kind === "strike" ? SOURCE_STRIKES : SOURCE_MISSIONS, item };
}

/**
 * Mirrors selection and hover into feature-state (`selected`, `hovered`) and flies to a selection
 * made outside the map (list, URL). Highlights survive `setData` because ids are stable.
 */
export function syncSelection(map: MaplibreMap, store: AppStore): () => void {
  const setFlag = (sel: Selection | null, key: "selected" | "hovered", value: boolean) => {
    const target = resolve(store, sel);
    if (target)
      map.setFeatureState({ source: target.source, id: target.item.mapId }, { [key]: value });
  };

  const unsubSelection = store.subscribe(
    (s) => s.selection,
    (next, prev) => {
      setFlag(prev, "selected", false);
      setFlag(next, "selected", true);
      const target = resolve(store, next);
      if (!target || store.getState().selectionOrigin === "map") return;
      const zoom = Math.max(map.getZoom(), ZOOM_FOR_PRECISION[target.item.locationPrecision]);
      const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      const center: [number, number] = [target.item.lngLat[0], target.item.lngLat[1]];
      if (reduceMotion) map.jumpTo({ center, zoom });
      else map.flyTo({ center, zoom, duration: 900, essential: true });
    },
    { fireImmediately: true },
  );
  // A window too large for the GeoJSON copy has no strike features to highlight: skip hover there,
  // since every feature-state change repaints the map (seconds per frame at 100k in software GL).
  const hoverable = (sel: Selection | null) => {
    return sel?.kind !== "strike" || isMirrored(selectVisibleRange(store.getState()));
  };
  const unsubHover = store.subscribe(
    (s) => s.hovered,
    (next, prev) => {
      if (hoverable(prev)) setFlag(prev, "hovered", false);
      if (hoverable(next)) setFlag(next, "hovered", true);
    },
  );
  // Data reloads rebuild nothing here: feature-state is keyed by the stable integer ids.
  const unsubData = store.subscribe(
    (s) => s.strikes,
    () => setFlag(store.getState().selection, "selected", true),
  );
  return () => {
    unsubSelection();
    unsubHover();
    unsubData();
  };
}
