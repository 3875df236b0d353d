import "./import.css";
import { useState } from "react";
import { formatAtPrecision } from "@/lib/format";
import { useAppStore, useAppStoreApi } from "../store-context";
import { AddSiteForm } from "./AddSiteForm";
import { TypedSiteForm } from "./TypedSiteForm";

const count = (n: number, one: string) =>
  `${n.toLocaleString("en-GB")} ${one}${n === 1 ? "" : "s"}`;

/**
 * "Data layers": each imported file (name, records, when) with show/hide and remove, "Add a site
 * here" on the map, and "Clear imported data". Says when layers cannot be kept in this browser.
 */
export function LayersPanel() {
  const store = useAppStoreApi();
  const layers = useAppStore((s) => s.layers);
  const problem = useAppStore((s) => s.layerStorageProblem);
  const placing = useAppStore((s) => s.tool === "add-site");
  const pending = useAppStore((s) => s.pendingSiteLngLat);
  const [typing, setTyping] = useState(false);
  return (
    <section className="layers-panel" aria-labelledby="layers-title">
      <h2 id="layers-title">Data layers</h2>
      <ul className="layer-list">
        <li>Built-in data set (always shown)</li>
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
              {l.target === "sites"
                ? count(l.missions.length, "site")
                : count(l.strikes.length, "strike")}{" "}
              of {count(l.rowCount, "row")}, imported{" "}
              {formatAtPrecision(l.importedAtMs, "minute", "Europe/Kyiv")}
            </span>{" "}
            <button
              type="button"
              className="link-button"
              aria-label={`Remove layer ${l.fileName}`}
              onClick={() => store.getState().removeLayer(l.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="layer-storage-problem" role="status">
          {problem}
        </p>
      ) : null}
      <div className="layer-actions">
        <button type="button" onClick={() => store.getState().requestImport()}>
          Import…
        </button>
        <button
          type="button"
          aria-pressed={placing}
          onClick={() => store.getState().setTool(placing ? "pan" : "add-site")}
        >
          {placing ? "Cancel adding a site" : "Add a site here"}
        </button>
        <button type="button" aria-expanded={typing} onClick={() => setTyping(!typing)}>
          Add a site by coordinates
        </button>
        {layers.length > 0 ? (
          <button type="button" onClick={() => store.getState().setLayers([])}>
            Clear imported data
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {placing ? "Click the map where the site is, or add it by coordinates." : ""}
      </p>
      {pending ? <AddSiteForm lngLat={pending} /> : null}
      {typing ? <TypedSiteForm onClose={() => setTyping(false)} /> : null}
    </section>
  );
}
