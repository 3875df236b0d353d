import type { TimeWindow } from "@/domain/types";
import { zoneOffsetMinutes } from "@/lib/iso-time";
import type { BinUnit } from "./bins";

/**
 * Time-window arithmetic for the slider, done in a zone's wall-clock time so that days, weeks and
 * nights stay at the same local hour across DST changes. Instants are epoch ms; windows are
 * closed-open `[startMs, endMs)`. Every function returns new values and never mutates its input.
 */

export type { BinUnit };
export type WindowPreset = "night" | "24h" | "7d" | "30d" | "all";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Nights run from 18:00 to 06:00 local time. */
export const NIGHT_START_HOUR = 18;
export const NIGHT_END_HOUR = 6;

/** The wall-clock reading of `tMs` in `timeZone`, expressed as epoch ms of that reading taken as UTC. */
export function wallClockMs(tMs: number, timeZone: string): number {
  return tMs + zoneOffsetMinutes(tMs, timeZone) * 60_000;
}

/**
 * The instant at which `timeZone` reads the wall-clock time `wallMs` (see `wallClockMs`). A reading
 * that a DST change skips maps one hour later; a doubled reading maps to its first occurrence.
 */
export function instantFromWallMs(wallMs: number, timeZone: string): number {
  // Offsets a day either side bracket any single DST change near this reading.
  const before = wallMs - zoneOffsetMinutes(wallMs - DAY_MS, timeZone) * 60_000;
  const after = wallMs - zoneOffsetMinutes(wallMs + DAY_MS, timeZone) * 60_000;
  const beforeValid = wallClockMs(before, timeZone) === wallMs;
  const afterValid = wallClockMs(after, timeZone) === wallMs;
  if (beforeValid && afterValid) return Math.min(before, after);
  if (afterValid) return after;
  return before;
}

/** Start of the local day (midnight in `timeZone`) containing `tMs`. */
export function startOfLocalDay(tMs: number, timeZone: string): number {
  const wall = wallClockMs(tMs, timeZone);
  return instantFromWallMs(Math.floor(wall / DAY_MS) * DAY_MS, timeZone);
}

/** `tMs` moved by `days` calendar days in `timeZone`, keeping its local time of day. */
export function addLocalDays(tMs: number, days: number, timeZone: string): number {
  return instantFromWallMs(wallClockMs(tMs, timeZone) + days * DAY_MS, timeZone);
}

/** Start of the bin of `unit` containing `tMs`: local hour, local midnight, or local Monday midnight. */
export function floorToUnit(tMs: number, unit: BinUnit, timeZone: string): number {
  const wall = wallClockMs(tMs, timeZone);
  if (unit === "hour") return tMs - (((wall % HOUR_MS) + HOUR_MS) % HOUR_MS);
  const dayWall = Math.floor(wall / DAY_MS) * DAY_MS;
  if (unit === "day") return instantFromWallMs(dayWall, timeZone);
  // 1970-01-01 was a Thursday: shift so weeks start on Monday.
  const weekday = (Math.floor(dayWall / DAY_MS) + 3) % 7;
  return instantFromWallMs(dayWall - weekday * DAY_MS, timeZone);
}

/** `tMs` moved by `n` bins of `unit` (hours are elapsed hours; days and weeks are calendar steps). */
export function addUnits(tMs: number, n: number, unit: BinUnit, timeZone: string): number {
  if (unit === "hour") return tMs + n * HOUR_MS;
  return addLocalDays(tMs, unit === "day" ? n : 7 * n, timeZone);
}

/** The bin unit that suits a visible span: hours up to 4 days, days up to 26 weeks, then weeks. */
export function unitForSpan(spanMs: number): BinUnit {
  if (spanMs <= 4 * DAY_MS) return "hour";
  if (spanMs <= 182 * DAY_MS) return "day";
  return "week";
}

/**
 * The night (18:00–06:00 local) that contains `tMs`, or the next one if `tMs` falls in the day
 * (06:00–18:00). Labelled by the date it starts on.
 */
export function nightAt(tMs: number, timeZone: string): TimeWindow {
  const wall = wallClockMs(tMs, timeZone);
  const dayWall = Math.floor(wall / DAY_MS) * DAY_MS;
  const nightDayWall = wall - dayWall < NIGHT_END_HOUR * HOUR_MS ? dayWall - DAY_MS : dayWall;
  return {
    startMs: instantFromWallMs(nightDayWall + NIGHT_START_HOUR * HOUR_MS, timeZone),
    endMs: instantFromWallMs(nightDayWall + DAY_MS + NIGHT_END_HOUR * HOUR_MS, timeZone),
  };
}

/** The night `n` nights after (negative: before) the night that `nightAt(window.startMs)` gives. */
export function stepNight(window: TimeWindow, n: number, timeZone: string): TimeWindow {
  const night = nightAt(window.startMs, timeZone);
  return nightAt(addLocalDays(night.startMs, n, timeZone), timeZone);
}

/**
 * The window moved by `n` of its own widths. The width is measured in wall-clock time, so a 7-day
 * window from Monday 00:00 lands on the next Monday 00:00 even across a DST change.
 */
export function shiftWindow(window: TimeWindow, n: number, timeZone: string): TimeWindow {
  const startWall = wallClockMs(window.startMs, timeZone);
  const widthWall = wallClockMs(window.endMs, timeZone) - startWall;
  return {
    startMs: instantFromWallMs(startWall + n * widthWall, timeZone),
    endMs: instantFromWallMs(startWall + (n + 1) * widthWall, timeZone),
  };
}

/** The window moved (width kept) so that it lies inside `domain`; a window wider than it becomes it. */
export function clampWindow(window: TimeWindow, domain: TimeWindow): TimeWindow {
  const width = window.endMs - window.startMs;
  if (width >= domain.endMs - domain.startMs)
    return { startMs: domain.startMs, endMs: domain.endMs };
  if (window.startMs < domain.startMs)
    return { startMs: domain.startMs, endMs: domain.startMs + width };
  if (window.endMs > domain.endMs) return { startMs: domain.endMs - width, endMs: domain.endMs };
  return window;
}

/**
 * A preset window anchored at `anchorMs` (usually the current window's start): the night at it,
 * 24 elapsed hours, 7 or 30 calendar days, or the whole `domain`. Kept inside `domain`.
 */
export function presetWindow(
  preset: WindowPreset,
  anchorMs: number,
  domain: TimeWindow,
  timeZone: string,
): TimeWindow {
  if (preset === "all") return { startMs: domain.startMs, endMs: domain.endMs };
  if (preset === "night") return nightAt(anchorMs, timeZone);
  const endMs =
    preset === "24h"
      ? anchorMs + DAY_MS
      : addLocalDays(anchorMs, preset === "7d" ? 7 : 30, timeZone);
  return clampWindow({ startMs: anchorMs, endMs }, domain);
}
