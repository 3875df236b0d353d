import { type FormEvent, useId, useState } from "react";
import { classifyCustomUrl, ONLINE_BASEMAPS, onlineBasemap } from "@/domain/basemaps";
import type { MessageKey } from "@/i18n/translator";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

const KIND_LABEL: Record<"embedded" | "streets" | "satellite" | "file" | "custom", MessageKey> = {
  embedded: "basemap.embedded",
  streets: "basemap.streets",
  satellite: "basemap.satellite",
  file: "basemap.file",
  custom: "basemap.custom",
};
/** The custom-URL checker's reasons, worded from the catalogue. */
const REASON: Record<string, MessageKey> = {
  "not a web address": "basemap.notAddress",
  "only https:// addresses can be used": "basemap.httpsOnly",
};

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
  const { t } = useI18n();
  const set = store.getState().setBasemap;
  const onCustom = (e: FormEvent) => {
    e.preventDefault();
    const checked = classifyCustomUrl(custom);
    if (typeof checked === "string") {
      const reason = REASON[checked];
      return setCustomError(t("basemap.cannotUse", { reason: reason ? t(reason) : checked }));
    }
    setCustomError(undefined);
    set({ kind: "custom", url: checked.url });
  };
  const offered = offer && offer !== "embedded" ? onlineBasemap(offer) : undefined;
  return (
    <div className="basemap-switcher">
      <details>
        <summary>{t("basemap.summary", { kind: t(KIND_LABEL[basemap.kind]) })}</summary>
        <fieldset>
          <legend>{t("basemap.legend")}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-bm`}
              checked={basemap.kind === "embedded"}
              onChange={() => set({ kind: "embedded" })}
            />
            {t("basemap.embeddedLong")}
          </label>
          {ONLINE_BASEMAPS.map((b) => (
            <label key={b.id}>
              <input
                type="radio"
                name={`${id}-bm`}
                checked={basemap.kind === b.id}
                onChange={() => set({ kind: b.id })}
              />
              {t(KIND_LABEL[b.id])}
              <small>{t("basemap.loadsFrom", { provider: b.provider })}</small>
            </label>
          ))}
          <label className="basemap-file">
            {t("basemap.openFile")}
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
            <label htmlFor={`${id}-url`}>{t("basemap.customLabel")}</label>
            <input
              id={`${id}-url`}
              type="url"
              value={custom}
              placeholder="https://…/{z}/{x}/{y}.png"
              onChange={(e) => setCustom(e.currentTarget.value)}
            />
            <button type="submit">{t("basemap.use")}</button>
            {customError ? <p role="alert">{customError}</p> : null}
          </form>
        </fieldset>
      </details>
      {offered ? (
        <p className="basemap-offer">
          {t("basemap.offer", { label: t(KIND_LABEL[offered.id]), provider: offered.provider })}{" "}
          <button type="button" onClick={() => set({ kind: offered.id })}>
            {t("basemap.loadIt")}
          </button>{" "}
          <button type="button" onClick={() => store.getState().setBasemapOffer(undefined)}>
            {t("basemap.stayOffline")}
          </button>
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="basemap-message">
          {message}{" "}
          <button
            type="button"
            aria-label={t("basemap.dismiss")}
            onClick={() => store.getState().setBasemapMessage(undefined)}
          >
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
