import { useId } from "react";
import type { ImportTarget } from "@/import/types";

export interface SettingsValue {
  readonly target: ImportTarget;
  readonly zone: string;
  readonly defaultUncertaintyM: number;
}

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Strikes or sites, the zone for times without an offset, and the default uncertainty radius. */
export function ImportSettingsForm({
  value,
  onChange,
}: {
  value: SettingsValue;
  onChange: (value: SettingsValue) => void;
}) {
  const id = useId();
  const zones = [...new Set(["Europe/Kyiv", "UTC", localZone()])];
  return (
    <fieldset className="import-settings">
      <legend>How to read it</legend>
      <fieldset className="import-target">
        <legend>The file holds</legend>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={value.target === "strikes"}
            onChange={() => onChange({ ...value, target: "strikes" })}
          />{" "}
          strikes (events)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={value.target === "sites"}
            onChange={() => onChange({ ...value, target: "sites" })}
          />{" "}
          sites to protect
        </label>
      </fieldset>
      <label>
        Times without a UTC offset are in{" "}
        <select value={value.zone} onChange={(e) => onChange({ ...value, zone: e.target.value })}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z === "Europe/Kyiv" ? "Kyiv" : z === "UTC" ? "UTC" : `my zone (${z})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Uncertainty when a row gives none (m){" "}
        <input
          type="number"
          min={1}
          max={100_000}
          step={1}
          value={value.defaultUncertaintyM}
          onChange={(e) => {
            const m = Number(e.target.value);
            if (Number.isFinite(m) && m >= 1 && m <= 100_000)
              onChange({ ...value, defaultUncertaintyM: Math.round(m) });
          }}
        />
      </label>
    </fieldset>
  );
}
