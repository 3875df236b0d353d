import { useId, useState } from "react";
import { parseTypedCoordinates } from "@/import/values";
import { useAppStoreApi } from "../store-context";
import { addSiteLayer } from "./AddSiteForm";

/**
 * "Add a site by coordinates": the keyboard way to add a site. Latitude and longitude are typed in
 * degrees (decimal point or comma) and checked on submit; each wrong field says why, next to it.
 */
export function TypedSiteForm({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const id = useId();
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
      aria-label="New site by coordinates"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const point = parseTypedCoordinates(lat, lon);
        const clean = name.trim();
        const next = {
          ...("lngLat" in point ? {} : { lat: point.latError, lon: point.lonError }),
          ...(clean ? {} : { name: "Enter a name for the site." }),
        };
        setErrors(next);
        if (!("lngLat" in point) || !clean) return;
        addSiteLayer(store, clean, point.lngLat, "Coordinates typed by hand in this browser.");
        onClose();
      }}
    >
      {field("lat", "Latitude", lat, setLat)}
      {field("lon", "Longitude", lon, setLon)}
      {field("name", "Site name", name, setName)}
      <button type="submit">Add site</button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}
