import { LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";
import type { DistanceUnit } from "@/lib/format";
import type { ZoneMode } from "@/state/slices/view-slice";
import { AboutDialog } from "./AboutDialog";
import { ImportButton } from "./import/ImportButton";
import { SearchBox } from "./SearchBox";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/** Title, dataset version, and display preferences (language, distance unit, time zone). */
export function Header() {
  const store = useAppStoreApi();
  const { t, locale } = useI18n();
  const version = useAppStore((s) => s.datasetVersion);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore((s) => s.zoneMode);
  return (
    <header className="app-header">
      <h1>
        {t("app.name")} <span className="tagline">{t("header.tagline")}</span>
      </h1>
      <SearchBox />
      <div className="header-controls">
        {version ? (
          <span className="dataset-version">{t("header.dataVersion", { version })}</span>
        ) : null}
        <ImportButton />
        <AboutDialog />
        <label>
          <span className="control-label">{t("header.language")} </span>
          <select
            value={locale}
            onChange={(e) => void store.getState().chooseLocale(e.target.value as Locale)}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="control-label">{t("header.units")} </span>
          <select
            value={unit}
            onChange={(e) => store.getState().setDistanceUnit(e.target.value as DistanceUnit)}
          >
            <option value="metric">{t("header.unitsMetric")}</option>
            <option value="imperial">{t("header.unitsImperial")}</option>
          </select>
        </label>
        <label>
          <span className="control-label">{t("header.times")} </span>
          <select
            value={zone}
            onChange={(e) => store.getState().setZoneMode(e.target.value as ZoneMode)}
          >
            <option value="kyiv">{t("header.zoneKyiv")}</option>
            <option value="utc">{t("header.zoneUtc")}</option>
            <option value="local">{t("header.zoneLocal")}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
