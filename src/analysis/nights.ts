/**
 * Nearest-miss history: for one mission, the closest strike of every night (18:00–06:00 local
 * time, Europe/Kyiv by default), for the "how close did it get, night after night" chart.
 */

import type { Strike, TimeWindow } from "@/domain/types";
import type { StrikeColumns } from "./columns";
import { toStrikeColumns } from "./columns";
import type { MissionLike } from "./proximity";
import { exactTo, kernelTo, makeTarget, RECHECK_M } from "./targets";
import { assertTimesSorted, lowerBound } from "./time-index";
import { nightAt, stepNight } from "./time-windows";
import { ZoneTimeline } from "./time-zone";
import { assertNonNegative } from "./validate";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Night starts at 18:00 and ends at 06:00 the next morning, local time. */
export const NIGHT_START_HOUR = 18;
export const NIGHT_END_HOUR = 6;

export interface NightClosest {
  /** Local calendar date the night starts on, YYYY-MM-DD (the night of 13→14 Nov is "…-13"). */
  readonly nightDate: string;
  /** The night's bounds: local 18:00 on nightDate to 06:00 the next day, epoch ms. */
  readonly startMs: number;
  readonly endMs: number;
  /** Index of the closest strike in the input (ties: the earlier strike). */
  readonly strikeIndex: number;
  readonly distanceM: number;
  /** Distance interval given the strike's and the mission's uncertainty. */
  readonly minM: number;
  readonly maxM: number;
  /** Strikes recorded that night. */
  readonly strikeCount: number;
}

type StrikeInput = readonly Pick<Strike, "lngLat" | "tMs" | "uncertaintyM">[] | StrikeColumns;

function isoDate(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/**
 * One entry per night that has at least one strike, in time order. Strikes between 06:00 and
 * 18:00 local time belong to no night and are ignored. Nights across a DST change are 11 or 13
 * hours long. Strikes must be sorted by tMs (checked: UnsortedTimesError otherwise).
 * Throws for a bad mission, zone or strike list. Never mutates its inputs.
 */
export function closestPerNight(
  mission: MissionLike,
  strikes: StrikeInput,
  timeZone = "Europe/Kyiv",
): NightClosest[] {
  const cols = Array.isArray(strikes) ? toStrikeColumns(strikes) : (strikes as StrikeColumns);
  if (!Array.isArray(strikes)) assertTimesSorted(cols.tMs);
  assertNonNegative("mission.uncertaintyM", mission.uncertaintyM);
  const n = cols.tMs.length;
  const out: NightClosest[] = [];
  if (n === 0) return out;
  const target = makeTarget(mission.lngLat);
  const zone = new ZoneTimeline(timeZone, cols.tMs[0] as number, cols.tMs[n - 1] as number);
  let current: { wallDay: number; best: number; bestD: number; count: number } | undefined;
  const flush = () => {
    if (!current) return;
    const u = (cols.uncertaintyM[current.best] as number) + mission.uncertaintyM;
    out.push({
      nightDate: isoDate(current.wallDay),
      startMs: zone.fromWall(current.wallDay + NIGHT_START_HOUR * HOUR_MS),
      endMs: zone.fromWall(current.wallDay + DAY_MS + NIGHT_END_HOUR * HOUR_MS),
      strikeIndex: current.best,
      distanceM: current.bestD,
      minM: Math.max(0, current.bestD - u),
      maxM: current.bestD + u,
      strikeCount: current.count,
    });
  };
  for (let i = 0; i < n; i++) {
    const wall = zone.toWall(cols.tMs[i] as number);
    const day = Math.floor(wall / DAY_MS) * DAY_MS;
    const hour = (wall - day) / HOUR_MS;
    let nightDay: number;
    if (hour >= NIGHT_START_HOUR) nightDay = day;
    else if (hour < NIGHT_END_HOUR) nightDay = day - DAY_MS;
    else continue;
    let d = kernelTo(target, cols, cols, i);
    if (current && current.wallDay === nightDay && Math.abs(d - current.bestD) <= RECHECK_M) {
      d = exactTo(target, cols, i);
      current.bestD = exactTo(target, cols, current.best);
    }
    if (!current || current.wallDay !== nightDay) {
      flush();
      current = { wallDay: nightDay, best: i, bestD: d, count: 1 };
    } else {
      current.count++;
      if (d < current.bestD) {
        current.best = i;
        current.bestD = d;
      }
    }
  }
  flush();
  return out;
}

/**
 * The first night (18:00–06:00 in `timeZone`) that holds one of `timesMs[from…]`, or undefined.
 * `timesMs` must be ascending epoch ms. Each round is one binary search and skips at least one
 * day, so a run of days whose strikes all fell in daylight costs one round per such day.
 */
function firstNightFrom(
  timesMs: ArrayLike<number>,
  from: number,
  timeZone: string,
): TimeWindow | undefined {
  let i = from;
  while (i < timesMs.length) {
    const t = timesMs[i] as number;
    // The night containing t, or the next one when t fell in daylight.
    const night = nightAt(t, timeZone);
    const j = t >= night.startMs ? i : lowerBound(timesMs, night.startMs, i);
    if (j < timesMs.length && (timesMs[j] as number) < night.endMs) return night;
    i = j;
  }
  return undefined;
}

/** The last night holding one of `timesMs[0…end)`, or undefined (see `firstNightFrom`). */
function lastNightBefore(
  timesMs: ArrayLike<number>,
  end: number,
  timeZone: string,
): TimeWindow | undefined {
  let k = end;
  while (k > 0) {
    const t = timesMs[k - 1] as number;
    let night = nightAt(t, timeZone);
    // In daylight: the night that ended that morning.
    if (t < night.startMs) night = stepNight(night, -1, timeZone);
    const j = lowerBound(timesMs, night.endMs, 0, k);
    if (j > 0 && (timesMs[j - 1] as number) >= night.startMs) return night;
    k = j;
  }
  return undefined;
}

/**
 * The night (18:00–06:00 in `timeZone`, closed-open) after (`direction` 1) or before (−1) the
 * night of `window.startMs` that holds at least one instant of `timesMs`, or undefined when there
 * is none. `timesMs`: ascending epoch ms (the time-sorted strikes). Binary searches over the
 * instants, no scan of them. DST-correct: such nights last 11 or 13 hours. Never mutates input.
 */
export function adjacentNightWithStrikes(
  timesMs: ArrayLike<number>,
  window: TimeWindow,
  direction: 1 | -1,
  timeZone: string,
): TimeWindow | undefined {
  const current = nightAt(window.startMs, timeZone);
  return direction === 1
    ? firstNightFrom(timesMs, lowerBound(timesMs, current.endMs), timeZone)
    : lastNightBefore(timesMs, lowerBound(timesMs, current.startMs), timeZone);
}

/**
 * The first night in `timeZone` that holds an instant of the ascending `timesMs` — from the night
 * of `fromMs` on (that night included), or from the start — or undefined when there is none.
 * Never mutates input.
 */
export function firstNightWithStrikes(
  timesMs: ArrayLike<number>,
  timeZone: string,
  fromMs?: number,
): TimeWindow | undefined {
  const from = fromMs === undefined ? 0 : lowerBound(timesMs, nightAt(fromMs, timeZone).startMs);
  return firstNightFrom(timesMs, from, timeZone);
}

/**
 * The night `n` nights with strikes after (n > 0) or before (n < 0) the night of `window.startMs`
 * (see `adjacentNightWithStrikes`); when fewer exist, the last one there is; undefined when there
 * is none in that direction or `n` is 0. Never mutates input.
 */
export function stepNightsWithStrikes(
  timesMs: ArrayLike<number>,
  window: TimeWindow,
  n: number,
  timeZone: string,
): TimeWindow | undefined {
  let found: TimeWindow | undefined;
  for (let i = 0; i < Math.abs(n); i++) {
    const next = adjacentNightWithStrikes(timesMs, found ?? window, n > 0 ? 1 : -1, timeZone);
    if (!next) break;
    found = next;
  }
  return found;
}
