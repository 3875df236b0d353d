import {
  type DistanceUnit,
  formatAtPrecision,
  formatDate,
  formatDistanceInterval,
  formatSeparation,
} from "@/lib/format";
import type { HistoryRow } from "@/state/site-history-selectors";
import { useI18n } from "../use-i18n";

/** The history chart's rows as a table: the same rows, in time order, each selecting its strike. */
export function HistoryTable(props: {
  rows: readonly HistoryRow[];
  aggregated: boolean;
  unit: DistanceUnit;
  zone: string;
  onSelect: (id: string) => void;
}) {
  const { rows, unit, zone } = props;
  const { t, fmt, name } = useI18n();
  return (
    <table className="distances history-table">
      <caption className="visually-hidden">
        {props.aggregated ? t("history.captionAggregated") : t("history.captionEvery")}
      </caption>
      <thead>
        <tr>
          <th scope="col">{props.aggregated ? t("history.colSlice") : t("history.colWhen")}</th>
          <th scope="col">{t("nearMiss.colStrike")}</th>
          <th scope="col" className="num">
            {t("strike.colDistance")}
          </th>
          <th scope="col" className="num">
            {t("history.colRange")}
          </th>
          <th scope="col" className={props.aggregated ? "num" : undefined}>
            {props.aggregated ? t("history.colInSlice") : t("history.colReported")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.strike.id}>
            <th scope="row">
              {r.slice
                ? `${formatDate(r.slice.startMs, zone, fmt)} – ${formatDate(r.slice.endMs, zone, fmt)}`
                : formatAtPrecision(
                    r.strike.tMs,
                    r.strike.timePrecision,
                    zone,
                    r.strike.timeWindow,
                    fmt,
                  )}
            </th>
            <td>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onSelect(r.strike.id)}
              >
                {name(r.strike.name)}
              </button>
            </td>
            <td className="num">{formatSeparation(r.distanceM, unit, fmt)}</td>
            <td className="num">{formatDistanceInterval(r.minM, r.maxM, unit, fmt)}</td>
            <td className={props.aggregated ? "num" : undefined}>
              {props.aggregated ? r.count : (r.reported ?? "—")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
