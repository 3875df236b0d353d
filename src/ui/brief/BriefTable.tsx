import type { BriefRow } from "@/analysis/brief";
import {
  type DistanceUnit,
  formatAtPrecision,
  formatBearing,
  formatDistance,
  formatDistanceInterval,
} from "@/lib/format";

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
  if (rows.length === 0) return <p>No shown strike in the window lies within these radii.</p>;
  return (
    <table className="brief-table">
      <thead>
        <tr>
          <th scope="col">Distance</th>
          <th scope="col">Interval</th>
          <th scope="col">Bearing</th>
          <th scope="col">Reported</th>
          <th scope="col">Time ({zone})</th>
          <th scope="col">Strike</th>
          <th scope="col">Weapon</th>
          <th scope="col">Confidence</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.strike.id} data-strike-id={r.strike.id}>
            <td>{formatDistance(r.distanceM, unit)}</td>
            <td>{formatDistanceInterval(r.minM, r.maxM, unit)}</td>
            <td>{formatBearing(r.bearingDeg)}</td>
            <td>
              {r.strike.reportedDistances
                ?.filter((d) => d.missionId === siteId)
                .map((d) => d.wording)
                .join("; ")}
            </td>
            <td>{formatAtPrecision(r.strike.tMs, r.strike.timePrecision, zone)}</td>
            <td>{r.strike.name.en}</td>
            <td>{r.strike.weaponText}</td>
            <td>{r.strike.confidence}</td>
            <td>
              {r.strike.sources.length === 0
                ? "no source given (imported)"
                : r.strike.sources.map((x) => `[${refNo.get(x.url)}]`).join(" ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
