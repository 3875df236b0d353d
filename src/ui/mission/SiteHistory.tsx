import { useState } from "react";
import type { I18n } from "@/i18n/translator";
import { formatSeparation } from "@/lib/format";
import { type MissionHistory, selectMissionHistory } from "@/state/site-history-selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { HistoryChart } from "./HistoryChart";
import { HistoryTable } from "./HistoryTable";

function countText(h: MissionHistory, { t }: Pick<I18n, "t">): string {
  const all = t("history.countAll", { total: h.total });
  return h.aggregated
    ? t("history.aggregated", { all, slices: h.rows.length })
    : t("history.every", { all });
}

function summary(h: MissionHistory, unit: "metric" | "imperial", i18n: I18n): string {
  const { t, fmt, name } = i18n;
  const closest = h.rows.reduce<MissionHistory["rows"][number] | undefined>(
    (a, b) => (!a || b.distanceM < a.distanceM ? b : a),
    undefined,
  );
  if (!closest) return t("history.none");
  const same = h.rows.filter((r) => r.distanceM < 0.5).length;
  return t("history.closest", {
    count: countText(h, i18n),
    name: name(closest.strike.name),
    distance: formatSeparation(closest.distanceM, unit, fmt),
    same: same > 0 ? t("history.samePoint", { count: same }) : "",
  });
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
  const i18n = useI18n();
  const { t } = i18n;
  const select = (id: string) => store.getState().select({ kind: "strike", id }, "list");
  return (
    <section className="night-chart" aria-labelledby="site-history-h">
      <h3 id="site-history-h">{t("history.heading")}</h3>
      {h.rows.length === 0 ? (
        <p className="hint">{t("history.none")}</p>
      ) : (
        <>
          <HistoryChart rows={h.rows} unit={unit} zone={zone} label={summary(h, unit, i18n)} />
          <p className="hint">
            {countText(h, i18n)} {t("history.readingHint")}
          </p>
          <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
            <summary>{t("history.showTable")}</summary>
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
