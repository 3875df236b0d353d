import { useState } from "react";
import type { LngLat, Mission } from "@/domain/types";
import type { AppStore } from "@/state/store";
import { useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { newLayerId } from "./import-run";

/** Default radius (m) for a site placed by a click: stated as a default in its details. */
export const CLICKED_SITE_UNCERTAINTY_M = 50;

/** A site placed by hand: a layer of one, flagged for every value the user did not state. */
export function clickedSite(
  layerId: string,
  name: string,
  lngLat: LngLat,
  description = "Placed on the map by hand in this browser.",
): Mission {
  return {
    id: `${layerId}:1`,
    mapId: 0,
    name: { en: name },
    kind: "imported-site",
    lngLat,
    description,
    confidence: "low",
    locationPrecision: "exact",
    uncertaintyM: CLICKED_SITE_UNCERTAINTY_M,
    sources: [],
    disputed: [],
    layerId,
    defaulted: ["uncertainty", "confidence", "source"],
  };
}

/** Adds one hand-placed site as its own layer (`fileName` names the layer in the list). */
export function addSiteLayer(
  store: AppStore,
  name: string,
  lngLat: LngLat,
  description?: string,
  fileName = `Site: ${name}`,
): void {
  const layerId = newLayerId();
  store.getState().addLayer({
    id: layerId,
    fileName,
    target: "sites",
    importedAtMs: Date.now(),
    rowCount: 1,
    strikes: [],
    missions: [clickedSite(layerId, name, lngLat, description)],
    problems: [],
    visible: true,
  });
}

/** Names the site the user clicked ("Add a site here") and adds it as its own layer. */
export function AddSiteForm({ lngLat }: { lngLat: LngLat }) {
  const store = useAppStoreApi();
  const [name, setName] = useState("");
  const { t } = useI18n();
  const cancel = () => store.getState().setPendingSite(undefined);
  return (
    <form
      className="add-site-form"
      aria-label={t("site.new")}
      onSubmit={(e) => {
        e.preventDefault();
        const clean = name.trim();
        if (!clean) return;
        addSiteLayer(
          store,
          clean,
          lngLat,
          t("site.placedByHand"),
          t("site.layerName", { name: clean }),
        );
        cancel();
      }}
    >
      <p>{t("site.newAt", { lat: lngLat[1].toFixed(5), lon: lngLat[0].toFixed(5) })}</p>
      <label>
        {t("site.name")}{" "}
        {/* biome-ignore lint/a11y/noAutofocus: the form appears because the user just placed the point */}
        <input value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
      </label>
      <button type="submit">{t("site.add")}</button>
      <button type="button" onClick={cancel}>
        {t("site.cancel")}
      </button>
    </form>
  );
}
