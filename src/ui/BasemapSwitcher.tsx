import { type FormEvent, useId, useState } from "react";
import { classifyCustomUrl, ONLINE_BASEMAPS, onlineBasemap } from "@/domain/basemaps";
import { useAppStore, useAppStoreApi } from "./store-context";

const KIND_LABEL = {
  embedded: "Embedded",
  streets: "Streets online",
  satellite: "Satellite online",
  file: "Your file",
  custom: "Custom",
} as const;

/**
 * The basemap switcher on the map: a disclosure with radio buttons. Each online option names the
 * third party it loads from before it is chosen; a local .pmtiles file and a custom URL are offered
 * too. Failures come back as `basemapMessage` (shown here, with a dismiss button).
 */
export function BasemapSwitcher() {
  const store = useAppStoreApi();
  const basemap = useAppStore((s) => s.basemap);
  const message = useAppStore((s) => s.basemapMessage);
  const offer = useAppStore((s) => s.basemapOffer);
  const [custom, setCustom] = useState(basemap.kind === "custom" ? basemap.url : "");
  const [customError, setCustomError] = useState<string>();
  const id = useId();
  const set = store.getState().setBasemap;
  const onCustom = (e: FormEvent) => {
    e.preventDefault();
    const checked = classifyCustomUrl(custom);
    if (typeof checked === "string") return setCustomError(`Cannot use it: ${checked}.`);
    setCustomError(undefined);
    set({ kind: "custom", url: checked.url });
  };
  const offered = offer && offer !== "embedded" ? onlineBasemap(offer) : undefined;
  return (
    <div className="basemap-switcher">
      <details>
        <summary>Map: {KIND_LABEL[basemap.kind]}</summary>
        <fieldset>
          <legend>Basemap</legend>
          <label>
            <input
              type="radio"
              name={`${id}-bm`}
              checked={basemap.kind === "embedded"}
              onChange={() => set({ kind: "embedded" })}
            />
            Embedded (offline, with Kyiv streets)
          </label>
          {ONLINE_BASEMAPS.map((b) => (
            <label key={b.id}>
              <input
                type="radio"
                name={`${id}-bm`}
                checked={basemap.kind === b.id}
                onChange={() => set({ kind: b.id })}
              />
              {b.label}
              <small> — loads tiles from {b.provider}</small>
            </label>
          ))}
          <label className="basemap-file">
            Open a .pmtiles file…
            <input
              type="file"
              accept=".pmtiles"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                if (file) set({ kind: "file", file });
              }}
            />
          </label>
          <form onSubmit={onCustom}>
            <label htmlFor={`${id}-url`}>Custom style or XYZ URL (loads from that address)</label>
            <input
              id={`${id}-url`}
              type="url"
              value={custom}
              placeholder="https://…/{z}/{x}/{y}.png"
              onChange={(e) => setCustom(e.currentTarget.value)}
            />
            <button type="submit">Use</button>
            {customError ? <p role="alert">{customError}</p> : null}
          </form>
        </fieldset>
      </details>
      {offered ? (
        <p className="basemap-offer">
          This link uses {offered.label}, which loads tiles from {offered.provider}.{" "}
          <button type="button" onClick={() => set({ kind: offered.id })}>
            Load it
          </button>{" "}
          <button type="button" onClick={() => store.getState().setBasemapOffer(undefined)}>
            Stay offline
          </button>
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="basemap-message">
          {message}{" "}
          <button
            type="button"
            aria-label="Dismiss the basemap message"
            onClick={() => store.getState().setBasemapMessage(undefined)}
          >
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
