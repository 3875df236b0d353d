import "./import.css";
import { lazy, Suspense, useEffect, useState } from "react";
import { formatAtPrecision } from "@/lib/format";
import { useIsPhone } from "../phone";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

// The site forms are fetched when a site is first added, not in the first script.
const AddSiteForm = lazy(() => import("./AddSiteForm").then((m) => ({ default: m.AddSiteForm })));
const TypedSiteForm = lazy(() =>
  import("./TypedSiteForm").then((m) => ({ default: m.TypedSiteForm })),
);

/**
 * "Data layers": each imported file (name, records, when) with show/hide and remove (with undo),
 * "Add a site here" on the map, and "Clear imported data". Says when layers cannot be kept in this
 * browser.
 */
export function LayersPanel() {
  const store = useAppStoreApi();
  const layers = useAppStore((s) => s.layers);
  const problem = useAppStore((s) => s.layerStorageProblem);
  const removed = useAppStore((s) => s.removedLayers);
  const placing = useAppStore((s) => s.tool === "add-site");
  const pending = useAppStore((s) => s.pendingSiteLngLat);
  const [typing, setTyping] = useState(false);
  const { t, fmt } = useI18n();
  const phone = useIsPhone();
  // On a phone this panel and the map are separate views: placing a site shows the map, and the
  // point placed brings back this panel, where its name is asked for.
  useEffect(() => {
    if (phone && pending) store.getState().setPanelTab("list");
  }, [phone, pending, store]);
  return (
    <section className="layers-panel" aria-labelledby="layers-title">
      <h2 id="layers-title">{t("layers.heading")}</h2>
      <ul className="layer-list">
        <li>{t("layers.builtin")}</li>
        {layers.map((l) => (
          <li key={l.id}>
            <label>
              <input
                type="checkbox"
                checked={l.visible}
                onChange={(e) => store.getState().setLayerVisible(l.id, e.target.checked)}
              />{" "}
              <span className="layer-name">{l.fileName}</span>
            </label>{" "}
            <span className="layer-meta">
              {t("layers.meta", {
                records:
                  l.target === "sites"
                    ? t("layers.sites", { count: l.missions.length })
                    : t("layers.strikes", { count: l.strikes.length }),
                rows: l.rowCount,
                when: formatAtPrecision(l.importedAtMs, "minute", "Europe/Kyiv", undefined, fmt),
              })}
            </span>{" "}
            <button
              type="button"
              className="link-button"
              aria-label={t("layers.removeLabel", { name: l.fileName })}
              onClick={() => store.getState().removeLayer(l.id)}
            >
              {t("layers.remove")}
            </button>
          </li>
        ))}
      </ul>
      {removed ? (
        <p className="layer-removed" role="status">
          {t("layers.removed", { names: removed.layers.map((l) => l.fileName).join(", ") })}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => store.getState().undoRemove()}
          >
            {t("layers.undo")}
          </button>
        </p>
      ) : null}
      {problem ? (
        <p className="layer-storage-problem" role="status">
          {problem}
        </p>
      ) : null}
      <div className="layer-actions">
        <button type="button" onClick={() => store.getState().requestImport()}>
          {t("import.button")}
        </button>
        <button
          type="button"
          aria-pressed={placing}
          onClick={() => {
            store.getState().setTool(placing ? "pan" : "add-site");
            if (phone && !placing) store.getState().setPanelTab("map");
          }}
        >
          {placing ? t("layers.cancelAdd") : t("layers.addHere")}
        </button>
        <button type="button" aria-expanded={typing} onClick={() => setTyping(!typing)}>
          {t("layers.addByCoords")}
        </button>
        {layers.length > 0 ? (
          <button type="button" onClick={() => store.getState().removeAllLayers()}>
            {t("layers.clear")}
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {placing ? t("layers.placing") : ""}
      </p>
      <Suspense fallback={null}>
        {pending ? <AddSiteForm lngLat={pending} /> : null}
        {typing ? <TypedSiteForm onClose={() => setTyping(false)} /> : null}
      </Suspense>
    </section>
  );
}
