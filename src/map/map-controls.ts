import { type Map as MaplibreMap, NavigationControl, ScaleControl } from "maplibre-gl";
import { i18nFor } from "@/i18n/catalog";
import type { I18n } from "@/i18n/translator";
import type { AppStore } from "@/state/store";

/** MapLibre's own interface strings (control tooltips, the canvas's name, scale units). */
export function mapUiStrings({ t }: Pick<I18n, "t">): Record<string, string> {
  return {
    // The app's own region is "Map"; name MapLibre's canvas region distinctly.
    "Map.Title": t("map.canvasTitle"),
    "NavigationControl.ZoomIn": t("map.zoomIn"),
    "NavigationControl.ZoomOut": t("map.zoomOut"),
    "NavigationControl.ResetBearing": t("map.resetBearing"),
    "AttributionControl.ToggleAttribution": t("map.toggleAttribution"),
    "ScaleControl.Meters": t("map.scaleMeters"),
    "ScaleControl.Kilometers": t("map.scaleKilometers"),
    "ScaleControl.Feet": t("map.scaleFeet"),
    "ScaleControl.Miles": t("map.scaleMiles"),
  };
}

/**
 * The zoom buttons and the scale bar, in the interface language and distance unit: a language
 * change re-creates the zoom buttons (MapLibre reads their labels once) and redraws the scale.
 * Returns an unbind.
 */
export function bindMapControls(map: MaplibreMap, store: AppStore): () => void {
  let nav = new NavigationControl({ showCompass: false });
  map.addControl(nav, "top-right");
  const scale = new ScaleControl({ unit: store.getState().distanceUnit });
  map.addControl(scale, "bottom-left");
  const stopUnit = store.subscribe(
    (s) => s.distanceUnit,
    (unit) => scale.setUnit(unit),
  );
  const stopLocale = store.subscribe(
    (s) => s.locale,
    (locale) => {
      const strings = mapUiStrings(i18nFor(locale));
      map._locale = { ...map._locale, ...strings };
      map.getCanvas().setAttribute("aria-label", strings["Map.Title"] ?? "");
      map.removeControl(nav);
      nav = new NavigationControl({ showCompass: false });
      map.addControl(nav, "top-right");
      scale.setUnit(store.getState().distanceUnit);
    },
  );
  return () => {
    stopUnit();
    stopLocale();
  };
}
