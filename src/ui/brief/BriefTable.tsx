import type { BriefRow } from "@/analysis/brief";
import { CONFIDENCE_LABEL } from "@/i18n/labels";
import {
  type DistanceUnit,
  formatAtPrecision,
  formatBearing,
  formatDistance,
  formatDistanceInterval,
} from "@/lib/format";
import { useI18n } from "../use-i18n";

interface SourceRef {
  readonly publisher: string;
  readonly url: string;
}

/** Every source of the rows once, in order of first use (the table cites them by number). */
export function sourceRefs(rows: readonly BriefRow[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const r of rows)
    for (const x of r.strike.sources)
      if (!seen.has(x.url)) seen.set(x.url, { publisher: x.publisher, url: x.url });
  return [...seen.values()];
}

/** The numbered source list the table's "Sources" column points into. */
export function BriefSources({ refs }: { refs: readonly SourceRef[] }) {
  if (refs.length === 0) return null;
  return (
    <ol className="brief-sources">
      {refs.map((x) => (
        <li key={x.url}>
          {x.publisher}: {x.url}
        </li>
      ))}
    </ol>
  );
}

/**
 * The brief's strike table: computed distance with its interval and bearing, the distance the
 * sources report (several impact points are unpublished and sit on the site's point), time,
 * weapon, confidence, and its sources as numbers into the list below it (each URL once).
 */
export function BriefTable(props: {
  rows: readonly BriefRow[];
  siteId: string;
  unit: DistanceUnit;
  zone: string;
}) {
  const { rows, siteId, unit, zone } = props;
  const refNo = new Map(sourceRefs(rows).map((x, i) => [x.url, i + 1]));
  const { t, fmt, name } = useI18n();
  if (rows.length === 0) return <p>{t("brief.noneInRadii")}</p>;
  return (
    <table className="brief-table">
      <thead>
        <tr>
          <th scope="col">{t("strike.colDistance")}</th>
          <th scope="col">{t("brief.colInterval")}</th>
          <th scope="col">{t("strike.colBearing")}</th>
          <th scope="col">{t("history.colReported")}</th>
          <th scope="col">{t("brief.colTime", { zone })}</th>
          <th scope="col">{t("nearMiss.colStrike")}</th>
          <th scope="col">{t("brief.colWeapon")}</th>
          <th scope="col">{t("brief.colConfidence")}</th>
          <th scope="col">{t("common.sources")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.strike.id} data-strike-id={r.strike.id}>
            <td>{formatDistance(r.distanceM, unit, fmt)}</td>
            <td>{formatDistanceInterval(r.minM, r.maxM, unit, fmt)}</td>
            <td>{formatBearing(r.bearingDeg, fmt)}</td>
            <td>
              {r.strike.reportedDistances
                ?.filter((d) => d.missionId === siteId)
                .map((d) => d.wording)
                .join("; ")}
            </td>
            <td>{formatAtPrecision(r.strike.tMs, r.strike.timePrecision, zone, undefined, fmt)}</td>
            <td>{name(r.strike.name)}</td>
            <td>{r.strike.weaponText}</td>
            <td>{t(CONFIDENCE_LABEL[r.strike.confidence])}</td>
            <td>
              {r.strike.sources.length === 0
                ? t("brief.noSource")
                : r.strike.sources.map((x) => `[${refNo.get(x.url)}]`).join(" ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
