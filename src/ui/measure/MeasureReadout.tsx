import { formatDistance, formatDistanceInterval } from "@/lib/format";
import { selectMeasurement } from "@/state/measure-selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore } from "../store-context";
import { reportedText, segmentText } from "./measure-text";

/**
 * The measurement in words: every segment and the total, each with its uncertainty interval when
 * an end is snapped to a record. A polite live region, so each new point is announced.
 */
export function MeasureReadout() {
  const m = useAppStore(selectMeasurement);
  const tool = useAppStore((s) => s.tool);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const measuring = tool === "measure";
  if (!measuring && m.vertices.length === 0)
    return <div role="status" aria-label="Measurement" className="visually-hidden" />;
  const hint =
    m.vertices.length < 2
      ? m.vertices.length === 0
        ? "Click or tap the map to start measuring. Points snap to strikes and missions."
        : "Add another point to measure."
      : undefined;
  return (
    <div className="measure-readout" role="status" aria-label="Measurement">
      {m.segments.length > 0 ? (
        <ol className="measure-segments">
          {m.segments.map((s) => {
            const reported = reportedText(m, s);
            return (
              <li key={s.fromIndex}>
                {segmentText(m, s, unit, zone)}
                {reported ? <span className="measure-reported"> · sources: {reported}</span> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {m.segments.length > 1 ? (
        <p className="measure-total">
          Total: {formatDistance(m.totalM, unit)}
          {m.hasUncertainty ? ` (${formatDistanceInterval(m.totalMinM, m.totalMaxM, unit)})` : ""}
        </p>
      ) : null}
      {measuring && hint ? <p className="measure-hint">{hint}</p> : null}
      {measuring && !hint ? (
        <p className="measure-hint">
          Drag a point to move it · Backspace removes the last · Enter or Escape finishes
        </p>
      ) : null}
    </div>
  );
}
