import {
  type DistanceUnit,
  formatAtPrecision,
  formatDate,
  formatDistanceInterval,
  formatSeparation,
} from "@/lib/format";
import type { HistoryRow } from "@/state/site-history-selectors";

/** The history chart's rows as a table: the same rows, in time order, each selecting its strike. */
export function HistoryTable(props: {
  rows: readonly HistoryRow[];
  aggregated: boolean;
  unit: DistanceUnit;
  zone: string;
  onSelect: (id: string) => void;
}) {
  const { rows, unit, zone } = props;
  return (
    <table className="distances history-table">
      <caption className="visually-hidden">
        {props.aggregated
          ? "Closest strike to the site in each time slice"
          : "Every strike by time, with its distance to the site"}
      </caption>
      <thead>
        <tr>
          <th scope="col">{props.aggregated ? "Time slice" : "When"}</th>
          <th scope="col">Strike</th>
          <th scope="col" className="num">
            Distance
          </th>
          <th scope="col" className="num">
            Range
          </th>
          <th scope="col" className={props.aggregated ? "num" : undefined}>
            {props.aggregated ? "Strikes in slice" : "Reported"}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.strike.id}>
            <th scope="row">
              {r.slice
                ? `${formatDate(r.slice.startMs, zone)} – ${formatDate(r.slice.endMs, zone)}`
                : formatAtPrecision(
                    r.strike.tMs,
                    r.strike.timePrecision,
                    zone,
                    r.strike.timeWindow,
                  )}
            </th>
            <td>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onSelect(r.strike.id)}
              >
                {r.strike.name.en}
              </button>
            </td>
            <td className="num">{formatSeparation(r.distanceM, unit)}</td>
            <td className="num">{formatDistanceInterval(r.minM, r.maxM, unit)}</td>
            <td className={props.aggregated ? "num" : undefined}>
              {props.aggregated ? r.count : (r.reported ?? "—")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
