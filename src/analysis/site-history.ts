/**
 * A site's whole history: every strike by time and distance, none left out. Each strike keeps
 * the time span it is known to lie in (a day-precision strike spans its local day, a night one
 * its night, a window its window) and its distance interval. Above `maxMarks` strikes the marks
 * are the closest strike of each of `bins` equal time slices, each saying how many it stands for,
 * so the drawing stays small while every strike is still counted.
 */

import type { TimePrecision, TimeWindow } from "@/domain/types";
import type { StrikeColumns } from "./columns";
import { distancesFrom } from "./distances-from";
import type { MissionLike } from "./proximity";
import { DAY_MS, HOUR_MS, NIGHT_END_HOUR, NIGHT_START_HOUR } from "./time-windows";
import { ZoneTimeline } from "./time-zone";

/** Above this many strikes the history aggregates into time slices. */
export const HISTORY_MAX_MARKS = 1000;
/** Number of equal time slices when aggregating. */
export const HISTORY_BINS = 240;

/** What one strike's time tells: its instant, precision and (for `window`) reported window. */
export interface TimedStrike {
  readonly tMs: number;
  readonly timePrecision: TimePrecision;
  readonly timeWindow?: TimeWindow | undefined;
}

/** Span columns: strike i is known to lie in `[startMs[i], endMs[i]]`. */
export interface TimeSpans {
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
}

/**
 * The span each strike is known to lie in, in `timeZone` local time: minute/hour → the instant;
 * day → that local day; night → its 18:00–06:00 night; window → the reported window. Pure.
 */
export function strikeTimeSpans(
  strikes: readonly TimedStrike[],
  timeZone = "Europe/Kyiv",
): TimeSpans {
  const n = strikes.length;
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  if (n === 0) return { startMs, endMs };
  const zone = new ZoneTimeline(timeZone, strikes[0]?.tMs ?? 0, strikes[n - 1]?.tMs ?? 0);
  strikes.forEach((s, i) => {
    let a = s.tMs;
    let b = s.tMs;
    if (s.timePrecision === "window" && s.timeWindow) {
      a = s.timeWindow.startMs;
      b = s.timeWindow.endMs;
    } else if (s.timePrecision === "day" || s.timePrecision === "night") {
      const wall = zone.toWall(s.tMs);
      const day = Math.floor(wall / DAY_MS) * DAY_MS;
      if (s.timePrecision === "day") {
        a = zone.fromWall(day);
        b = zone.fromWall(day + DAY_MS);
      } else {
        const eve = wall - day < NIGHT_START_HOUR * HOUR_MS ? day - DAY_MS : day;
        a = zone.fromWall(eve + NIGHT_START_HOUR * HOUR_MS);
        b = zone.fromWall(eve + DAY_MS + NIGHT_END_HOUR * HOUR_MS);
      }
    }
    startMs[i] = Math.min(a, s.tMs);
    endMs[i] = Math.max(b, s.tMs);
  });
  return { startMs, endMs };
}

/** One mark of the history: a strike, or the closest strike of a time slice. */
export interface HistoryMark {
  /** Index of the strike in the input. */
  readonly index: number;
  /** Geodesic distance (engine kernel) and its interval with both uncertainties. */
  readonly distanceM: number;
  readonly minM: number;
  readonly maxM: number;
  /** The strike's own time span. */
  readonly startMs: number;
  readonly endMs: number;
  /** Strikes the mark stands for: 1, or the slice's count when aggregated. */
  readonly count: number;
  /** The slice, when aggregated. */
  readonly slice?: TimeWindow | undefined;
}

export interface SiteHistory {
  /** Every strike in the input. */
  readonly total: number;
  /** Time order; every strike (total ≤ maxMarks) or the closest per non-empty slice. */
  readonly marks: readonly HistoryMark[];
  readonly aggregated: boolean;
}

/**
 * The history of `mission` over all `columns` (time-sorted), with `spans` from strikeTimeSpans.
 * One bulk-kernel pass, then O(n). Ties for the closest in a slice keep the earlier strike.
 * Throws for a bad mission or coordinates (the kernel's errors). Never mutates its inputs.
 */
export function siteHistory(
  mission: MissionLike,
  columns: StrikeColumns,
  spans: TimeSpans,
  opts: { maxMarks?: number; bins?: number } = {},
): SiteHistory {
  const n = columns.tMs.length;
  const maxMarks = opts.maxMarks ?? HISTORY_MAX_MARKS;
  const d = distancesFrom(mission.lngLat, columns);
  const mark = (i: number, count = 1, slice?: TimeWindow): HistoryMark => {
    const u = (columns.uncertaintyM[i] as number) + mission.uncertaintyM;
    const dist = d[i] as number;
    return {
      index: i,
      distanceM: dist,
      minM: Math.max(0, dist - u),
      maxM: dist + u,
      startMs: spans.startMs[i] as number,
      endMs: spans.endMs[i] as number,
      count,
      slice,
    };
  };
  if (n <= maxMarks) {
    return { total: n, marks: Array.from({ length: n }, (_, i) => mark(i)), aggregated: false };
  }
  const bins = Math.max(1, opts.bins ?? HISTORY_BINS);
  const t0 = columns.tMs[0] as number;
  const width = Math.max(1, ((columns.tMs[n - 1] as number) - t0) / bins);
  const best = new Int32Array(bins).fill(-1);
  const counts = new Uint32Array(bins);
  for (let i = 0; i < n; i++) {
    const b = Math.min(bins - 1, Math.floor(((columns.tMs[i] as number) - t0) / width));
    counts[b] = (counts[b] as number) + 1;
    const cur = best[b] as number;
    if (cur < 0 || (d[i] as number) < (d[cur] as number)) best[b] = i;
  }
  const marks: HistoryMark[] = [];
  best.forEach((i, b) => {
    if (i < 0) return;
    const slice = { startMs: t0 + b * width, endMs: t0 + (b + 1) * width };
    marks.push(mark(i, counts[b] as number, slice));
  });
  return { total: n, marks, aggregated: true };
}
