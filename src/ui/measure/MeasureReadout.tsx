import { formatDistance, formatDistanceInterval } from "@/lib/format";
import { selectMeasurement } from "@/state/measure-selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore } from "../store-context";
import { useI18n } from "../use-i18n";
import { reportedText, segmentText } from "./measure-text";

/**
 * The measurement in words: every segment and the total, each with its uncertainty interval when
 * an end is snapped to a record. A status that is not live: the Announcer says each point added
 * or moved once (see StatusAnnouncements), so the whole list is not read again at every change.
 */
export function MeasureReadout() {
  const m = useAppStore(selectMeasurement);
  const tool = useAppStore((s) => s.tool);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const measuring = tool === "measure";
  if (!measuring && m.vertices.length === 0)
    return (
      <div
        role="status"
        aria-live="off"
        aria-label={t("measure.region")}
        className="visually-hidden"
      />
    );
  const hint =
    m.vertices.length < 2
      ? m.vertices.length === 0
        ? t("measure.start")
        : t("measure.addAnother")
      : undefined;
  return (
    <div className="measure-readout" role="status" aria-live="off" aria-label={t("measure.region")}>
      {m.segments.length > 0 ? (
        <ol className="measure-segments">
          {m.segments.map((s) => {
            const reported = reportedText(m, s);
            return (
              <li key={s.fromIndex}>
                {segmentText(m, s, unit, zone, i18n)}
                {reported ? (
                  <span className="measure-reported">
                    {t("measure.sources", { text: reported })}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {m.segments.length > 1 ? (
        <p className="measure-total">
          {t("measure.total", { distance: formatDistance(m.totalM, unit, fmt) })}
          {m.hasUncertainty
            ? ` (${formatDistanceInterval(m.totalMinM, m.totalMaxM, unit, fmt)})`
            : ""}
        </p>
      ) : null}
      {measuring && hint ? <p className="measure-hint">{hint}</p> : null}
      {measuring && !hint ? <p className="measure-hint">{t("measure.keysHint")}</p> : null}
    </div>
  );
}
