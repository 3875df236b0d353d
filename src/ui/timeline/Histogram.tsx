import { memo } from "react";
import type { BinUnit } from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import { formatDate, formatDateTime } from "@/lib/format";
import type { HistogramBin } from "@/state/time-selectors";
import { barShare } from "./track-math";

const W = 1000;
const H = 100;

interface BarsProps {
  readonly bins: readonly HistogramBin[];
  readonly view: TimeWindow;
  readonly unit: BinUnit;
  readonly timeZone: string;
}

const UNIT_NOUN: Record<BinUnit, string> = { hour: "hour", day: "day", week: "week" };

function binLabel(bin: HistogramBin, unit: BinUnit, timeZone: string): string {
  const when =
    unit === "hour"
      ? formatDateTime(bin.startMs, timeZone)
      : unit === "day"
        ? formatDate(bin.startMs, timeZone)
        : `week of ${formatDate(bin.startMs, timeZone)}`;
  return `${when}: ${bin.count} ${bin.count === 1 ? "strike" : "strikes"}`;
}

/** The bars, drawn once per data/zoom change (not per window change). */
const Bars = memo(function Bars({ bins, view, unit, timeZone }: BarsProps) {
  const span = view.endMs - view.startMs;
  let max = 0;
  for (const b of bins) max = Math.max(max, b.count);
  return (
    <>
      {bins.map((b) => {
        if (b.count === 0) return null;
        const x = ((b.startMs - view.startMs) / span) * W;
        const width = Math.max(1, ((b.endMs - b.startMs) / span) * W - 0.5);
        const h = barShare(b.count, max) * H;
        return (
          <rect key={b.startMs} x={x} y={H - h} width={width} height={h}>
            <title>{binLabel(b, unit, timeZone)}</title>
          </rect>
        );
      })}
    </>
  );
});

interface HistogramProps extends BarsProps {
  readonly window: TimeWindow;
}

/** Strikes per bin as SVG bars; the bars inside the window are drawn again, highlighted, through a clip. */
export function Histogram({ bins, view, unit, timeZone, window }: HistogramProps) {
  const span = view.endMs - view.startMs;
  const x0 = Math.max(0, ((window.startMs - view.startMs) / span) * W);
  const x1 = Math.min(W, ((window.endMs - view.startMs) / span) * W);
  let total = 0;
  let max = 0;
  for (const b of bins) {
    total += b.count;
    max = Math.max(max, b.count);
  }
  const summary = `Strikes per ${UNIT_NOUN[unit]}, ${formatDate(view.startMs, timeZone)} to ${formatDate(view.endMs - 1, timeZone)}: ${total} in all, at most ${max} in one ${UNIT_NOUN[unit]}.`;
  return (
    <svg
      className="timeline-histogram"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={summary}
    >
      <defs>
        <clipPath id="timeline-window-clip">
          <rect x={x0} y={0} width={Math.max(0, x1 - x0)} height={H} />
        </clipPath>
      </defs>
      <g className="timeline-bars">
        <Bars bins={bins} view={view} unit={unit} timeZone={timeZone} />
      </g>
      <g className="timeline-bars-selected" clipPath="url(#timeline-window-clip)">
        <Bars bins={bins} view={view} unit={unit} timeZone={timeZone} />
      </g>
    </svg>
  );
}
