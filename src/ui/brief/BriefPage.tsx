import { useState } from "react";
import { briefRows } from "@/analysis/brief";
import { CONFIDENCE_LABEL, MISSION_KIND_LABEL } from "@/i18n/labels";
import { formatAtPrecision, formatDistance } from "@/lib/format";
import { selectSelectedMission, selectVisibleStrikes } from "@/state/selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { permalinkOf } from "@/state/url-state";
import { SiteHistory } from "../mission/SiteHistory";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { BriefMapImage } from "./BriefMapImage";
import { BriefSources, BriefTable, sourceRefs } from "./BriefTable";
import { briefFilters, briefWindow } from "./brief-text";

/**
 * A printable one-site brief: the site, its map snapshot, the window's shown strikes within the
 * chosen ring radii as a table, the closest-strike history, disputes, dataset version and link.
 */
export function BriefPage() {
  const store = useAppStoreApi();
  const site = useAppStore(selectSelectedMission);
  const strikes = useAppStore(selectVisibleStrikes);
  const radii = useAppStore((s) => s.ringRadiiM);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const status = useAppStore((s) => s.dataStatus);
  const version = useAppStore((s) => s.datasetVersion);
  const i18n = useI18n();
  const { t, fmt, name } = i18n;
  const win = useAppStore((s) => briefWindow(s, i18n));
  const filters = useAppStore((s) => briefFilters(s, i18n));
  const [paper, setPaper] = useState<"A4" | "letter">("A4");
  if (status !== "ready") return <p className="brief-status">{t("brief.loading")}</p>;
  if (!site) return <p className="brief-status">{t("brief.noSite")}</p>;
  const rows = briefRows(site, strikes, radii);
  const s = store.getState();
  const appLink = permalinkOf({ ...s, briefMode: false });
  const disputes = [
    ...site.disputed.map((d) => ({ about: name(site.name), d })),
    ...rows.flatMap((r) => r.strike.disputed.map((d) => ({ about: name(r.strike.name), d }))),
  ];
  return (
    <main className="brief" aria-labelledby="brief-title">
      <style>{`@page { size: ${paper}; margin: 12mm; }`}</style>
      <div className="brief-tools no-print">
        <button type="button" onClick={() => window.print()}>
          {t("brief.print")}
        </button>
        <label>
          {t("brief.paper")}{" "}
          <select
            value={paper}
            onChange={(e) => setPaper(e.target.value === "letter" ? "letter" : "A4")}
          >
            <option value="A4">A4</option>
            <option value="letter">{t("brief.letter")}</option>
          </select>
        </label>
        <a href={appLink}>{t("brief.back")}</a>
      </div>
      <h1 id="brief-title">{t("brief.title", { name: name(site.name) })}</h1>
      <p className="brief-meta">
        {t("brief.siteMeta", {
          kind: t(MISSION_KIND_LABEL[site.kind]),
          address: site.address ? ` · ${site.address}` : "",
          lat: site.lngLat[1].toFixed(5),
          lon: site.lngLat[0].toFixed(5),
          uncertainty: formatDistance(site.uncertaintyM, unit, fmt),
          confidence: t(CONFIDENCE_LABEL[site.confidence]),
        })}
      </p>
      <p className="brief-meta">
        {t("brief.meta", {
          window: win,
          filters,
          version: version ?? t("brief.unknownVersion"),
        })}
      </p>
      <div className="brief-top">
        <BriefMapImage site={site} rows={rows} radiiM={radii} unit={unit} />
        <SiteHistory />
      </div>
      <h2>
        {t("brief.strikesWithin", {
          radii: radii.map((r) => formatDistance(r, unit, fmt)).join(" / "),
          count: rows.length,
        })}
      </h2>
      <BriefTable rows={rows} siteId={site.id} unit={unit} zone={zone} />
      <BriefSources refs={sourceRefs(rows)} />
      <h2>{t("brief.disputes")}</h2>
      {disputes.length === 0 ? (
        <p>{t("brief.noDisputes")}</p>
      ) : (
        <ul>
          {disputes.map(({ about, d }) => (
            <li key={`${about}|${d.what}|${d.by}|${d.detail ?? ""}`}>
              {t("brief.dispute", { about, what: d.what, by: d.by })}
              {d.detail ? ` (${d.detail})` : ""}
            </li>
          ))}
        </ul>
      )}
      <p className="brief-link">{t("brief.link", { link: appLink })}</p>
      <p className="brief-note">
        {t("brief.note", { date: formatAtPrecision(Date.now(), "day", zone, undefined, fmt) })}
      </p>
    </main>
  );
}
