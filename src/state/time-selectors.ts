import { binStrikes } from "@/analysis/bins";
import { type BinUnit, DAY_MS, startOfLocalDay, unitForSpan } from "@/analysis/time-windows";
import type { DiplomaticEvent, Strike, TimeWindow } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";
import { selectShownStrikeTimes } from "./selectors";
import type { ZoneMode } from "./slices/view-slice";
import type { AppState } from "./store";

/** The IANA zone for a display mode; "local" is the browser's own zone. */
export function timeZoneForMode(mode: ZoneMode): string {
  if (mode === "utc") return "UTC";
  if (mode === "local") return Intl.DateTimeFormat().resolvedOptions().timeZone;
  return "Europe/Kyiv";
}

const zoneOf = memoizeLast(timeZoneForMode);

/** The zone every time on screen is shown in (Kyiv by default). */
export const selectTimeZone = (s: AppState): string => zoneOf(s.zoneMode);

const timelineDomain = memoizeLast(
  (strikes: readonly Strike[], events: readonly DiplomaticEvent[], zone: string): TimeWindow => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    const first = strikes[0];
    const last = strikes[strikes.length - 1];
    if (first && last) {
      lo = first.tMs;
      hi = last.tMs;
    }
    for (const e of events) {
      lo = Math.min(lo, e.tMs);
      hi = Math.max(hi, e.tMs);
    }
    if (!Number.isFinite(lo)) return { startMs: 0, endMs: 0 };
    // Whole local days: from the first day's midnight to the midnight after the last instant.
    return { startMs: startOfLocalDay(lo, zone), endMs: startOfLocalDay(hi + DAY_MS, zone) };
  },
);

/** The timeline's full extent: every strike and diplomatic event, padded to whole local days. */
export const selectTimelineDomain = (s: AppState): TimeWindow =>
  timelineDomain(s.strikes, s.events, selectTimeZone(s));

const clampedView = memoizeLast((view: TimeWindow | undefined, domain: TimeWindow): TimeWindow => {
  if (!view) return domain;
  const startMs = Math.max(domain.startMs, view.startMs);
  const endMs = Math.min(domain.endMs, view.endMs);
  return endMs > startMs ? { startMs, endMs } : domain;
});

const playDomain = memoizeLast(
  (domain: TimeWindow, strikes: readonly Strike[], zone: string): TimeWindow => {
    const last = strikes[strikes.length - 1];
    if (!last) return domain;
    const endMs = Math.min(domain.endMs, startOfLocalDay(last.tMs + DAY_MS, zone));
    return endMs > domain.startMs ? { startMs: domain.startMs, endMs } : domain;
  },
);

/**
 * Where playback runs: the timeline's domain, but ending at the midnight after the last strike,
 * so it never plays on into empty months before a later diplomatic event.
 */
export const selectPlaybackDomain = (s: AppState): TimeWindow =>
  playDomain(selectTimelineDomain(s), s.strikes, selectTimeZone(s));

/** The span the timeline currently shows (its zoom), inside the domain. */
export const selectTimelineView = (s: AppState): TimeWindow =>
  clampedView(s.timelineView, selectTimelineDomain(s));

/** Histogram bin unit for the visible span: hour, day or week. */
export const selectBinUnit = (s: AppState): BinUnit => {
  const view = selectTimelineView(s);
  return unitForSpan(view.endMs - view.startMs);
};

export interface HistogramBin {
  readonly startMs: number;
  readonly endMs: number;
  readonly count: number;
}

const histogram = memoizeLast(
  (times: Float64Array, view: TimeWindow, unit: BinUnit, zone: string): readonly HistogramBin[] =>
    view.endMs > view.startMs ? binStrikes(times, view, unit, zone) : [],
  2,
);

/** Strike counts per local hour, day or week across the visible span (DST-correct bins). */
export const selectHistogram = (s: AppState): readonly HistogramBin[] =>
  histogram(selectShownStrikeTimes(s), selectTimelineView(s), selectBinUnit(s), selectTimeZone(s));
