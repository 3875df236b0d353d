import { formatDate, formatDistance } from "@/lib/format";
import { selectClusterList, selectSelectedCluster } from "@/state/proximity-selectors";
import { EPS_RANGE_M, MIN_POINTS_RANGE } from "@/state/slices/proximity-slice";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { NumberSetting } from "./NumberSetting";

/**
 * The open clusters panel: settings, the list with counts, and — for the chosen cluster — its
 * strikes, each of which selects the strike. Its own chunk, fetched when the panel first opens.
 */
export default function ClusterPopover({ id }: { id: string }) {
  const store = useAppStoreApi();
  const clusters = useAppStore(selectClusterList);
  const chosen = useAppStore(selectSelectedCluster);
  const status = useAppStore((s) => s.clusterStatus);
  const clusterError = useAppStore((s) => s.clusterError);
  const visible = useAppStore((s) => s.clustersVisible);
  const epsM = useAppStore((s) => s.clusterEpsM);
  const minPoints = useAppStore((s) => s.clusterMinPoints);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const { t, fmt, name } = useI18n();
  const chosenId = chosen?.cluster.id;
  return (
    <section id={`${id}-panel`} className="cluster-popover" aria-label={t("clusters.region")}>
      <label>
        <input
          type="checkbox"
          checked={visible}
          onChange={(e) => store.getState().setClustersVisible(e.target.checked)}
        />{" "}
        {t("clusters.show")}
      </label>
      <div className="cluster-settings">
        <NumberSetting
          label={t("clusters.distance")}
          value={epsM}
          min={EPS_RANGE_M.min}
          max={EPS_RANGE_M.max}
          step={50}
          onCommit={(v) => store.getState().setClusterSettings({ epsM: v })}
        />
        <NumberSetting
          label={t("clusters.minStrikes")}
          value={minPoints}
          min={MIN_POINTS_RANGE.min}
          max={MIN_POINTS_RANGE.max}
          onCommit={(v) => store.getState().setClusterSettings({ minPoints: v })}
        />
      </div>
      <p className="hint" role="status">
        {status === "computing"
          ? t("clusters.computing")
          : status === "error"
            ? t("clusters.error", { error: clusterError ?? t("clusters.unknownError") })
            : t("clusters.count", { count: clusters.length })}
      </p>
      {status === "error" ? (
        <button type="button" onClick={() => store.getState().ensureClusters()}>
          {t("region.retry")}
        </button>
      ) : null}
      <ul className="cluster-list">
        {clusters.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="item"
              aria-pressed={chosenId === c.id}
              onClick={() => store.getState().selectCluster(chosenId === c.id ? undefined : c.id)}
            >
              <span className="item-title">
                {t("clusters.itemStrikes", {
                  count: c.count,
                  dates:
                    formatDate(c.startMs, zone, fmt) +
                    (c.endMs - c.startMs > 86_400_000
                      ? ` – ${formatDate(c.endMs, zone, fmt)}`
                      : ""),
                })}
              </span>
              <span className="item-meta">
                {c.nearestMissionName
                  ? t("clusters.from", {
                      distance: formatDistance(c.nearestMissionDistanceM ?? Number.NaN, unit, fmt),
                      name: name(c.nearestMissionName),
                    })
                  : ""}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chosen ? (
        <section aria-label={t("clusters.strikesIn", { id: chosen.cluster.id })}>
          <h3 className="cluster-strikes-h">{t("clusters.strikesHeading")}</h3>
          <ul className="cluster-strikes">
            {chosen.strikes.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    store.getState().select({ kind: "strike", id: s.id }, "list");
                    store.getState().setPanelTab("details");
                  }}
                >
                  {name(s.name)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
