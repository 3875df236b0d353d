import { useId, useState } from "react";
import { parseTypedCoordinates } from "@/import/values";
import { useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { addSiteLayer } from "./AddSiteForm";

/**
 * "Add a site by coordinates": the keyboard way to add a site. Latitude and longitude are typed in
 * degrees (decimal point or comma) and checked on submit; each wrong field says why, next to it.
 */
export function TypedSiteForm({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const id = useId();
  const { t } = useI18n();
  const [lat, setLat] = useState("");
  const [lon, setLon] = useState("");
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<{ lat?: string; lon?: string; name?: string }>({});
  const field = (
    key: "lat" | "lon" | "name",
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <div className="typed-site-field">
      <label>
        {label}{" "}
        <input
          value={value}
          inputMode={key === "name" ? "text" : "decimal"}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `${id}-${key}` : undefined}
          onChange={(e) => set(e.target.value)}
        />
      </label>
      {errors[key] ? (
        <span id={`${id}-${key}`} className="field-error">
          {errors[key]}
        </span>
      ) : null}
    </div>
  );
  return (
    <form
      className="add-site-form"
      aria-label={t("site.newByCoords")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const point = parseTypedCoordinates(lat, lon);
        const clean = name.trim();
        const next = {
          ...("lngLat" in point ? {} : { lat: point.latError, lon: point.lonError }),
          ...(clean ? {} : { name: t("site.nameMissing") }),
        };
        setErrors(next);
        if (!("lngLat" in point) || !clean) return;
        addSiteLayer(
          store,
          clean,
          point.lngLat,
          t("site.typedByHand"),
          t("site.layerName", { name: clean }),
        );
        onClose();
      }}
    >
      {field("lat", t("site.lat"), lat, setLat)}
      {field("lon", t("site.lon"), lon, setLon)}
      {field("name", t("site.siteName"), name, setName)}
      <button type="submit">{t("site.add")}</button>
      <button type="button" onClick={onClose}>
        {t("site.cancel")}
      </button>
    </form>
  );
}
