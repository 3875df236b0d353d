import { useState } from "react";
import { formatSeparation } from "@/lib/format";
import { type MissionHistory, selectMissionHistory } from "@/state/site-history-selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { HistoryChart } from "./HistoryChart";
import { HistoryTable } from "./HistoryTable";

function countText(h: MissionHistory): string {
  const all = `${h.total} strike${h.total === 1 ? "" : "s"} in the data`;
  return h.aggregated
    ? `${all}. Drawn and listed: the closest strike in each of ${h.rows.length} equal time slices; every strike is counted in its slice.`
    : `${all}, every one drawn and listed, whatever the time of day.`;
}

function summary(h: MissionHistory, unit: "metric" | "imperial"): string {
  const closest = h.rows.reduce<MissionHistory["rows"][number] | undefined>(
    (a, b) => (!a || b.distanceM < a.distanceM ? b : a),
    undefined,
  );
  if (!closest) return "No strikes in the data.";
  const same = h.rows.filter((r) => r.distanceM < 0.5).length;
  return `${countText(h)} Closest: ${closest.strike.name.en}, ${formatSeparation(closest.distanceM, unit)}${
    same > 0 ? `; ${same} mapped on the site's own point` : ""
  }.`;
}

/**
 * The selected site's history over the whole data set: every strike by time and distance
 * (interval bars, log distance, a lane for strikes on the site's own point), the count stated,
 * and the same rows as a table. Not limited to nights, nor to the time window.
 */
export function SiteHistory() {
  const store = useAppStoreApi();
  const h = useAppStore(selectMissionHistory);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const [open, setOpen] = useState(false);
  const select = (id: string) => store.getState().select({ kind: "strike", id }, "list");
  return (
    <section className="night-chart" aria-labelledby="site-history-h">
      <h3 id="site-history-h">History: every strike by time and distance, all dates</h3>
      {h.rows.length === 0 ? (
        <p className="hint">No strikes in the data.</p>
      ) : (
        <>
          <HistoryChart rows={h.rows} unit={unit} zone={zone} label={summary(h, unit)} />
          <p className="hint">
            {countText(h)} Bars: the distance range with both points' uncertainty (log scale); bar
            width: the time known — a day, a night or a reported window. “Same point”: strikes
            mapped on the site's own coordinates, whose distance was not measured (see “Reported”).
          </p>
          <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
            <summary>Show the data as a table</summary>
            {open ? (
              <HistoryTable
                rows={h.rows}
                aggregated={h.aggregated}
                unit={unit}
                zone={zone}
                onSelect={select}
              />
            ) : null}
          </details>
        </>
      )}
    </section>
  );
}
