import type { I18n } from "@/i18n/translator";
import {
  type DistanceUnit,
  formatAtPrecision,
  formatDistance,
  formatDistanceInterval,
  formatSeparation,
} from "@/lib/format";
import type { HistoryRow } from "@/state/site-history-selectors";
import { useI18n } from "../use-i18n";
import { historyScales } from "./history-chart-scales";

const W = 360;
const H = 176;
const PAD = { left: 60, right: 8, top: 8, bottom: 20 } as const;
/** The log axis's floor; the same-point lane sits below it. */
const FLOOR_Y = H - PAD.bottom - 22;
const LANE_Y = H - PAD.bottom - 9;

/** What a mark's tooltip says: the strike, when, how far, and how many strikes it stands for. */
export function rowLabel(r: HistoryRow, unit: DistanceUnit, zone: string, i18n: I18n): string {
  const { t, fmt, name } = i18n;
  const s = r.strike;
  return t("history.row", {
    name: name(s.name),
    when: formatAtPrecision(s.tMs, s.timePrecision, zone, s.timeWindow, fmt),
    distance: formatSeparation(r.distanceM, unit, fmt),
    range: formatDistanceInterval(r.minM, r.maxM, unit, fmt),
    many: r.count > 1 ? t("history.rowMany", { count: r.count }) : "",
  });
}

/**
 * Every row of a site's history as an interval bar (distance range on a log axis; width = the
 * time span the strike is known to lie in) with a dot at the computed distance; strikes on the
 * site's own mapped point go on a lane of their own below the axis, labelled so.
 */
export function HistoryChart(props: {
  rows: readonly HistoryRow[];
  unit: DistanceUnit;
  zone: string;
  label: string;
}) {
  const { rows, unit, zone } = props;
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const { x, y, yTicks, xTicks, isSamePoint } = historyScales(
    rows,
    { x0: PAD.left, x1: W - PAD.right, y0: FLOOR_Y, y1: PAD.top },
    fmt.tag,
  );
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.label} className="night-chart-svg">
      {yTicks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="grid" />
          <text x={PAD.left - 4} y={y(tick) + 3} textAnchor="end">
            {formatDistance(tick, unit, fmt)}
          </text>
        </g>
      ))}
      <rect
        x={PAD.left}
        y={LANE_Y - 6}
        width={W - PAD.right - PAD.left}
        height={12}
        className="same-lane"
      />
      <text x={PAD.left - 4} y={LANE_Y + 3} textAnchor="end" className="same-lane-label">
        {t("history.samePointLane")}
      </text>
      {xTicks.map((tick) => (
        <text key={tick.tMs} x={x(tick.tMs)} y={H - 6} textAnchor="middle">
          {tick.label}
        </text>
      ))}
      {rows.map((r) => {
        const x0 = x(r.startMs);
        const w = Math.max(2, x(r.endMs) - x0);
        const cx = x0 + w / 2;
        const same = isSamePoint(r);
        const top = y(r.maxM);
        return (
          <g key={r.strike.id} className="history-mark" data-strike-id={r.strike.id}>
            <title>{rowLabel(r, unit, zone, i18n)}</title>
            <rect
              x={x0}
              y={top}
              width={w}
              height={Math.max(1, FLOOR_Y - top)}
              className="interval"
            />
            <circle cx={cx} cy={same ? LANE_Y : y(r.distanceM)} r={3} className="dot" />
          </g>
        );
      })}
    </svg>
  );
}
