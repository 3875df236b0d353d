import {
  formatAtPrecision,
  formatBearingBetween,
  formatDistanceInterval,
  formatSeparation,
} from "@/lib/format";
import { selectMissionNearMisses } from "@/state/proximity-selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

/** Rows shown before "show all"; the full list can be long for national data sets. */
const FIRST_ROWS = 50;

/** The window's strikes sorted by distance from the selected mission; a row selects its strike. */
export function NearMissList() {
  const store = useAppStoreApi();
  const { rows, total } = useAppStore(selectMissionNearMisses);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const { t, fmt, name } = useI18n();
  const shown = rows.slice(0, FIRST_ROWS);
  return (
    <section className="near-misses" aria-labelledby="near-misses-h">
      <h3 id="near-misses-h">{t("nearMiss.heading")}</h3>
      {rows.length === 0 ? (
        <p className="hint">{t("nearMiss.none")}</p>
      ) : (
        <table className="distances" aria-labelledby="near-misses-h">
          <thead>
            <tr>
              <th scope="col">{t("nearMiss.colStrike")}</th>
              <th scope="col">{t("strike.colDistance")}</th>
              <th scope="col">{t("strike.colRange")}</th>
              <th scope="col">{t("nearMiss.colBearing")}</th>
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
                    {name(r.strike.name)}
                  </button>
                  <span className="row-meta">
                    {formatAtPrecision(
                      r.strike.tMs,
                      r.strike.timePrecision,
                      zone,
                      r.strike.timeWindow,
                      fmt,
                    )}
                  </span>
                </th>
                <td className="num">{formatSeparation(r.distanceM, unit, fmt)}</td>
                <td className="num">{formatDistanceInterval(r.minM, r.maxM, unit, fmt)}</td>
                <td className="num">{formatBearingBetween(r.bearingDeg, r.distanceM, fmt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > shown.length ? (
        <p className="hint">{t("nearMiss.more", { shown: shown.length, total })}</p>
      ) : null}
    </section>
  );
}
