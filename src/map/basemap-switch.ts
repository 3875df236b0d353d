import type { Map as MaplibreMap } from "maplibre-gl";
import { i18nFor } from "@/i18n/catalog";
import type { MessageKey } from "@/i18n/translator";
import type { BasemapChoice } from "@/state/slices/basemap-slice";
import type { AppStore } from "@/state/store";
import { EXT_PREFIX } from "./ids";
import { APP_LAYERS } from "./layers";
import type { ExternalBasemap } from "./online-basemaps";

const LABELS: Record<BasemapChoice["kind"], MessageKey> = {
  embedded: "map.basemapEmbedded",
  streets: "basemap.streets",
  satellite: "basemap.satellite",
  file: "map.basemapFile",
  custom: "map.basemapCustom",
};

/**
 * What to add for `choice`; the embedded map needs nothing, so the online and file basemaps' code
 * (style rewriting, hosts) is fetched only when one is chosen, not in the first script.
 */
async function loadExternal(choice: BasemapChoice): Promise<ExternalBasemap | undefined> {
  if (choice.kind === "embedded") return undefined;
  return (await import("./online-basemaps")).loadExternalBasemap(choice);
}

function clear(map: MaplibreMap): void {
  const style = map.getStyle();
  for (const layer of style.layers) if (layer.id.startsWith(EXT_PREFIX)) map.removeLayer(layer.id);
  for (const id of Object.keys(style.sources)) if (id.startsWith(EXT_PREFIX)) map.removeSource(id);
}

function setBaseVisible(map: MaplibreMap, visible: boolean): void {
  for (const layer of map.getStyle().layers)
    if (layer.id.startsWith("base-"))
      map.setLayoutProperty(layer.id, "visibility", visible ? "visible" : "none");
}

/**
 * Draws the chosen basemap under the app's layers: the embedded style stays loaded and a chosen
 * one is added as `ext-` sources and layers before the first app layer, so the app's data never
 * reloads. Any failure (style, tiles, file) returns to the embedded map with a message.
 */
export function syncBasemap(map: MaplibreMap, store: AppStore): () => void {
  let generation = 0;
  let active: BasemapChoice["kind"] = "embedded";
  const fail = (kind: BasemapChoice["kind"], reason: string) => {
    clear(map);
    setBaseVisible(map, true);
    active = "embedded";
    const { t } = i18nFor(store.getState().locale);
    const what =
      kind === "file" ? reason : t("map.basemapFailed", { what: t(LABELS[kind]), reason });
    store.getState().failBasemap(t("map.basemapFallback", { what }));
  };
  const apply = async (choice: BasemapChoice) => {
    const mine = ++generation;
    try {
      const external = await loadExternal(choice);
      if (mine !== generation) return;
      clear(map);
      setBaseVisible(map, !external?.opaque);
      active = choice.kind;
      if (!external) return;
      // Under every app layer, including the rings and cluster hulls drawn below the symbols.
      const before = firstAppLayerId(map);
      for (const [id, source] of Object.entries(external.sources)) map.addSource(id, source);
      for (const layer of external.layers) map.addLayer(layer, before);
    } catch (error) {
      if (mine === generation)
        fail(choice.kind, error instanceof Error ? error.message : String(error));
    }
  };
  const onError = (e: { sourceId?: string; error?: { message?: string } }) => {
    if (e.sourceId?.startsWith(EXT_PREFIX) && active !== "embedded") {
      generation++;
      fail(active, e.error?.message?.slice(0, 120) || "a tile failed to load");
    }
  };
  map.on("error", onError);
  const unsubscribe = store.subscribe((s) => s.basemap, apply, { fireImmediately: true });
  return () => {
    map.off("error", onError);
    unsubscribe();
  };
}

/** The first of the app's own layers (not the embedded basemap's `base-`, not an external one's). */
function firstAppLayerId(map: MaplibreMap): string | undefined {
  const own = map
    .getStyle()
    .layers.find((l) => !l.id.startsWith("base-") && !l.id.startsWith(EXT_PREFIX));
  return own?.id ?? APP_LAYERS[0]?.id;
}
