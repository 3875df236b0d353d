import { searchWithout } from "@/lib/link-parts";
import { selectDataProvenance } from "@/state/provenance";
import { useAppStore } from "../store-context";
import { useI18n } from "../use-i18n";

/**
 * Says, for as long as it is true, that the data on screen is not the bundled data set but files a
 * link named (`?strikes=./x.geojson`), and links back to the bundled data. Names are text.
 */
export function DataSourceBanner() {
  const provenance = useAppStore(selectDataProvenance);
  const { t } = useI18n();
  if (provenance.bundled) return null;
  const names = provenance.overrides.map((o) => o.name).join(", ");
  const kinds = provenance.overrides.map((o) => o.kind);
  // Built when used, so the link's current hash (window, selection) goes along.
  const bundledUrl = () =>
    `${window.location.pathname}${searchWithout(window.location.search, kinds)}${window.location.hash}`;
  return (
    <div className="data-source-banner" role="status">
      <p>{t("dataSource.showing", { names, kinds: kinds.join(", ") })}</p>
      <a
        href={bundledUrl()}
        onClick={(event) => {
          event.preventDefault();
          window.location.assign(bundledUrl());
        }}
      >
        {t("dataSource.useBundled")}
      </a>
    </div>
  );
}
