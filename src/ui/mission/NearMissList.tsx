import {
  formatAtPrecision,
  formatBearingBetween,
  formatDistanceInterval,
  formatSeparation,
} from "@/lib/format";
import { selectMissionNearMisses } from "@/state/proximity-selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";

/** Rows shown before "show all"; the full list can be long for national data sets. */
const FIRST_ROWS = 50;

/** The window's strikes sorted by distance from the selected mission; a row selects its strike. */
export function NearMissList() {
  const store = useAppStoreApi();
  const { rows, total } = useAppStore(selectMissionNearMisses);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const shown = rows.slice(0, FIRST_ROWS);
  return (
    <section className="near-misses" aria-labelledby="near-misses-h">
      <h3 id="near-misses-h">Strikes in the window by distance</h3>
      {rows.length === 0 ? (
        <p className="hint">No strikes in the current time window.</p>
      ) : (
        <table className="distances" aria-labelledby="near-misses-h">
          <thead>
            <tr>
              <th scope="col">Strike</th>
              <th scope="col">Distance</th>
              <th scope="col">Range with uncertainty</th>
              <th scope="col">Bearing from mission</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.strike.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      store.getState().select({ kind: "strike", id: r.strike.id }, "list")
                    }
                  >
                    {r.strike.name.en}
                  </button>
                  <span className="row-meta">
                    {formatAtPrecision(
                      r.strike.tMs,
                      r.strike.timePrecision,
                      zone,
                      r.strike.timeWindow,
                    )}
                  </span>
                </th>
                <td className="num">{formatSeparation(r.distanceM, unit)}</td>
                <td className="num">{formatDistanceInterval(r.minM, r.maxM, unit)}</td>
                <td className="num">{formatBearingBetween(r.bearingDeg, r.distanceM)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > shown.length ? (
        <p className="hint">
          Showing the nearest {shown.length} of {total}. Narrow the time window to see the others.
        </p>
      ) : null}
    </section>
  );
}
