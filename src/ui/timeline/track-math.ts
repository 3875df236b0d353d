import { addLocalDays, type BinUnit, floorToUnit, HOUR_MS } from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";

const QUARTER_HOUR_MS = 15 * 60_000;

/** Position of `tMs` across `view` as a fraction 0–1 (clamped). */
export function fractionOf(tMs: number, view: TimeWindow): number {
  const span = view.endMs - view.startMs;
  if (!(span > 0)) return 0;
  return Math.min(1, Math.max(0, (tMs - view.startMs) / span));
}

/** The instant under a pointer at `clientX` over a track spanning `left`…`left + width` pixels. */
export function timeAtX(clientX: number, left: number, width: number, view: TimeWindow): number {
  const f = width > 0 ? Math.min(1, Math.max(0, (clientX - left) / width)) : 0;
  return view.startMs + f * (view.endMs - view.startMs);
}

/**
 * Rounds a dragged instant to a step that suits the zoom: 15 minutes when bins are hours, the local
 * hour when bins are days, local midnight when bins are weeks.
 */
export function snapTime(tMs: number, unit: BinUnit, timeZone: string): number {
  if (unit === "hour") return Math.round(tMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  if (unit === "day") {
    const hour = floorToUnit(tMs, "hour", timeZone);
    return tMs - hour >= HOUR_MS / 2 ? hour + HOUR_MS : hour;
  }
  const day = floorToUnit(tMs, "day", timeZone);
  const next = addLocalDays(day, 1, timeZone);
  return tMs - day >= (next - day) / 2 ? next : day;
}

/** A view zoomed by `factor` (>1 zooms out) around `centerMs`, kept inside `domain`. */
export function zoomView(
  view: TimeWindow,
  factor: number,
  centerMs: number,
  domain: TimeWindow,
): TimeWindow {
  const minSpan = 6 * HOUR_MS;
  const span = Math.max(minSpan, (view.endMs - view.startMs) * factor);
  const domainSpan = domain.endMs - domain.startMs;
  if (span >= domainSpan) return domain;
  const f = (centerMs - view.startMs) / (view.endMs - view.startMs);
  let startMs = centerMs - span * (Number.isFinite(f) ? f : 0.5);
  startMs = Math.min(Math.max(domain.startMs, startMs), domain.endMs - span);
  return { startMs, endMs: startMs + span };
}

/** A view that frames `window` with half its width of margin on each side (at least a day in all). */
export function viewAround(window: TimeWindow, domain: TimeWindow): TimeWindow {
  const width = Math.max(window.endMs - window.startMs, 12 * HOUR_MS);
  const center = (window.startMs + window.endMs) / 2;
  return zoomView({ startMs: center - width, endMs: center + width }, 1, center, domain);
}

/** Shortest bar, as a share of the track's height: one strike must read at any maximum. */
export const MIN_BAR_SHARE = 0.22;

/**
 * A histogram bar's height as a share (0–1) of the track for `count` strikes when the tallest bin
 * holds `max`: a square-root scale above a visible minimum, so a night with one strike still reads
 * beside a night with a hundred; 0 for an empty bin.
 */
export function barShare(count: number, max: number): number {
  if (!(count > 0) || !(max > 0)) return 0;
  return MIN_BAR_SHARE + (1 - MIN_BAR_SHARE) * Math.sqrt(Math.min(1, count / max));
}
