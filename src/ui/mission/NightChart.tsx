import { formatDate, formatDistance, formatDistanceInterval } from "@/lib/format";
import { type NightPoint, selectMissionNightHistory } from "@/state/proximity-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { chartScales } from "./night-chart-scales";

const W = 320;
const H = 130;
const PAD = { left: 44, right: 8, top: 8, bottom: 22 } as const;

function describe(points: readonly NightPoint[], unit: "metric" | "imperial"): string {
  if (points.length === 0) return "No strikes in the history.";
  const closest = points.reduce((a, b) => (b.distanceM < a.distanceM ? b : a));
  const nights = `${points.length} night${points.length === 1 ? "" : "s"}`;
  return `Closest strike per night over ${nights} with strikes; the closest was ${formatDistance(
    closest.distanceM,
    unit,
  )} on the night of ${closest.nightLabel}.`;
}

/**
 * A small chart of the closest strike to the selected mission on each night (18:00–06:00 Kyiv)
 * over the whole history, log-scaled in distance, with the same data as a table behind it.
 */
export function NightChart() {
  const store = useAppStoreApi();
  const { nights: points, daytimeCount } = useAppStore(selectMissionNightHistory);
  const unit = useAppStore((s) => s.distanceUnit);
  const daytimeNote =
    daytimeCount > 0 ? (
      <p className="hint">
        {daytimeCount} strike{daytimeCount === 1 ? " falls" : "s fall"} between 06:00 and 18:00 Kyiv
        time (or only the date is known) and {daytimeCount === 1 ? "is" : "are"} in no night.
      </p>
    ) : null;
  if (points.length === 0) {
    return (
      <section className="night-chart" aria-labelledby="night-chart-h">
        <h3 id="night-chart-h">Closest strike per night, whole history</h3>
        <p className="hint">No strikes at night (18:00–06:00 Kyiv).</p>
        {daytimeNote}
      </section>
    );
  }
  const { x, y, yTicks, xTicks } = chartScales(points, {
    x0: PAD.left,
    x1: W - PAD.right,
    y0: H - PAD.bottom,
    y1: PAD.top,
  });
  const select = (id: string) => store.getState().select({ kind: "strike", id }, "list");
  return (
    <section className="night-chart" aria-labelledby="night-chart-h">
      <h3 id="night-chart-h">Closest strike per night (18:00–06:00 Kyiv), whole history</h3>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={describe(points, unit)}
        className="night-chart-svg"
      >
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end">
              {formatDistance(t, unit)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t.tMs} x={x(t.tMs)} y={H - 6} textAnchor="middle">
            {t.label}
          </text>
        ))}
        {points.map((p) => (
          <g key={p.nightLabel}>
            <line
              x1={x(p.nightStartMs)}
              x2={x(p.nightStartMs)}
              y1={H - PAD.bottom}
              y2={y(p.distanceM)}
              className="stem"
            />
            <circle cx={x(p.nightStartMs)} cy={y(p.distanceM)} r={3.5} className="dot">
              <title>
                {p.nightLabel}: {formatDistance(p.distanceM, unit)}
              </title>
            </circle>
          </g>
        ))}
      </svg>
      {daytimeNote}
      <details>
        <summary>Show the data as a table</summary>
        <table className="distances">
          <caption className="visually-hidden">Closest strike to the mission on each night</caption>
          <thead>
            <tr>
              <th scope="col">Night of</th>
              <th scope="col">Closest strike</th>
              <th scope="col">Distance</th>
              <th scope="col">Range</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.nightLabel}>
                <th scope="row">{formatDate(p.nightStartMs)}</th>
                <td>
                  <button type="button" className="link-button" onClick={() => select(p.strikeId)}>
                    {p.strikeName}
                  </button>
                </td>
                <td>{formatDistance(p.distanceM, unit)}</td>
                <td>{formatDistanceInterval(p.minM, p.maxM, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
