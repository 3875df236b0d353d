import { useId } from "react";
import type { ImportTarget } from "@/import/types";
import { useI18n } from "../use-i18n";

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
  const { t } = useI18n();
  const zones = [...new Set(["Europe/Kyiv", "UTC", localZone()])];
  return (
    <fieldset className="import-settings">
      <legend>{t("import.howToRead")}</legend>
      <fieldset className="import-target">
        <legend>{t("import.holds")}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={value.target === "strikes"}
            onChange={() => onChange({ ...value, target: "strikes" })}
          />{" "}
          {t("import.strikes")}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={value.target === "sites"}
            onChange={() => onChange({ ...value, target: "sites" })}
          />{" "}
          {t("import.sites")}
        </label>
      </fieldset>
      <label>
        {t("import.zone")}{" "}
        <select value={value.zone} onChange={(e) => onChange({ ...value, zone: e.target.value })}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z === "Europe/Kyiv"
                ? t("zone.kyiv")
                : z === "UTC"
                  ? t("zone.utc")
                  : t("import.myZone", { zone: z })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("import.defaultUncertainty")}{" "}
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
