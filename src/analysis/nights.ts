/**
 * Nearest-miss history: for one mission, the closest strike of every night (18:00–06:00 local
 * time, Europe/Kyiv by default), for the "how close did it get, night after night" chart.
 */

import type { Strike } from "@/domain/types";
import type { StrikeColumns } from "./columns";
import { toStrikeColumns } from "./columns";
import type { MissionLike } from "./proximity";
import { exactTo, kernelTo, makeTarget, RECHECK_M } from "./targets";
import { assertTimesSorted } from "./time-index";
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
