import { memo } from "react";
import type { BinUnit } from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import type { I18n } from "@/i18n/translator";
import { formatDate, formatDateTime } from "@/lib/format";
import type { HistogramBin } from "@/state/time-selectors";
import { useI18n } from "../use-i18n";
import { barShare } from "./track-math";

const W = 1000;
const H = 100;

interface BarsProps {
  readonly bins: readonly HistogramBin[];
  readonly view: TimeWindow;
  readonly unit: BinUnit;
  readonly timeZone: string;
}

function binLabel(bin: HistogramBin, unit: BinUnit, timeZone: string, i18n: I18n): string {
  const { t, fmt } = i18n;
  const when =
    unit === "hour"
      ? formatDateTime(bin.startMs, timeZone, fmt)
      : unit === "day"
        ? formatDate(bin.startMs, timeZone, fmt)
        : t("histogram.weekOf", { date: formatDate(bin.startMs, timeZone, fmt) });
  return t("histogram.binHour", { when, count: bin.count });
}

/** The bars, drawn once per data/zoom change (not per window change). */
const Bars = memo(function Bars({ bins, view, unit, timeZone }: BarsProps) {
  const i18n = useI18n();
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
            <title>{binLabel(b, unit, timeZone, i18n)}</title>
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
  const { t, fmt } = useI18n();
  const span = view.endMs - view.startMs;
  const x0 = Math.max(0, ((window.startMs - view.startMs) / span) * W);
  const x1 = Math.min(W, ((window.endMs - view.startMs) / span) * W);
  let total = 0;
  let max = 0;
  for (const b of bins) {
    total += b.count;
    max = Math.max(max, b.count);
  }
  const summary = t("histogram.summary", {
    unit,
    from: formatDate(view.startMs, timeZone, fmt),
    to: formatDate(view.endMs - 1, timeZone, fmt),
    total,
    max,
  });
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
