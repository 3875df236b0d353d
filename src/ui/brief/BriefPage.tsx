import { useState } from "react";
import { briefRows } from "@/analysis/brief";
import { MISSION_SYMBOLS } from "@/domain/symbols";
import { formatAtPrecision, formatDistance } from "@/lib/format";
import { filtersText, windowText } from "@/state/export-selectors";
import { selectSelectedMission, selectVisibleStrikes } from "@/state/selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { permalinkOf } from "@/state/url-state";
import { SiteHistory } from "../mission/SiteHistory";
import { useAppStore, useAppStoreApi } from "../store-context";
import { BriefMapImage } from "./BriefMapImage";
import { BriefSources, BriefTable, sourceRefs } from "./BriefTable";

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
  const win = useAppStore(windowText);
  const filters = useAppStore(filtersText);
  const [paper, setPaper] = useState<"A4" | "letter">("A4");
  if (status !== "ready") return <p className="brief-status">Loading the data…</p>;
  if (!site)
    return (
      <p className="brief-status">
        This brief names no site in the data. Open a site's details in the map and choose Brief.
      </p>
    );
  const rows = briefRows(site, strikes, radii);
  const s = store.getState();
  const appLink = permalinkOf({ ...s, briefMode: false });
  const disputes = [
    ...site.disputed.map((d) => ({ about: site.name.en, d })),
    ...rows.flatMap((r) => r.strike.disputed.map((d) => ({ about: r.strike.name.en, d }))),
  ];
  return (
    <main className="brief" aria-labelledby="brief-title">
      <style>{`@page { size: ${paper}; margin: 12mm; }`}</style>
      <div className="brief-tools no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <label>
          Paper{" "}
          <select
            value={paper}
            onChange={(e) => setPaper(e.target.value === "letter" ? "letter" : "A4")}
          >
            <option value="A4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <a href={appLink}>Back to the map</a>
      </div>
      <h1 id="brief-title">Brief: {site.name.en}</h1>
      <p className="brief-meta">
        {MISSION_SYMBOLS[site.kind].label}
        {site.address ? ` · ${site.address}` : ""} · {site.lngLat[1].toFixed(5)},{" "}
        {site.lngLat[0].toFixed(5)} (±
        {formatDistance(site.uncertaintyM, unit)}, {site.confidence} confidence)
      </p>
      <p className="brief-meta">
        Window: {win}. Filters: {filters}. Dataset version {version ?? "unknown"}.
      </p>
      <div className="brief-top">
        <BriefMapImage site={site} rows={rows} radiiM={radii} unit={unit} />
        <SiteHistory />
      </div>
      <h2>
        Strikes within {radii.map((r) => formatDistance(r, unit)).join(" / ")} ({rows.length})
      </h2>
      <BriefTable rows={rows} siteId={site.id} unit={unit} zone={zone} />
      <BriefSources refs={sourceRefs(rows)} />
      <h2>Disputes</h2>
      {disputes.length === 0 ? (
        <p>None recorded for the site or these strikes.</p>
      ) : (
        <ul>
          {disputes.map(({ about, d }) => (
            <li key={`${about}|${d.what}|${d.by}|${d.detail ?? ""}`}>
              {about}: {d.what}, disputed by {d.by}
              {d.detail ? ` (${d.detail})` : ""}
            </li>
          ))}
        </ul>
      )}
      <p className="brief-link">Link: {appLink}</p>
      <p className="brief-note">
        Distances are geodesic (WGS84) between the recorded points; intervals add both location
        uncertainties. {formatAtPrecision(Date.now(), "day", zone)}: printed from Nearmiss.
      </p>
    </main>
  );
}
