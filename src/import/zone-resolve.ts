/**
 * Wall times without an offset → instants in an IANA zone, fast for many rows (one
 * ZoneTimeline over the span of the file), with a documented rule for DST edges:
 * - a wall time skipped by a forward jump (2025-03-30 03:30 in Kyiv) is read with the offset in
 *   force before the jump, which lands the same distance after it (04:30 +03:00) — the
 *   "compatible" rule of JavaScript's Temporal and of RFC 5545;
 * - a wall time that occurs twice (2025-10-26 03:30 in Kyiv) is the earlier one (+03:00).
 * Both are reported as notes, so the reading is never silent.
 */
import { ZoneTimeline } from "@/analysis/time-zone";
import { dateTimeFormat } from "@/lib/intl-cache";

const HOUR_MS = 3_600_000;

export interface Resolved {
  readonly tMs: number;
  /** Offset of the zone at tMs (ms east of UTC), for writing the ISO time. */
  readonly offsetMs: number;
  /** Set when the wall time fell on a DST edge. */
  readonly edge?: "skipped" | "repeated" | undefined;
}

/** True when `zone` is an IANA zone this runtime knows. */
export function isKnownZone(zone: string): boolean {
  try {
    dateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A resolver for wall times within (roughly) `[minWallMs, maxWallMs]` in `zone`. */
export function zoneResolver(
  zone: string,
  minWallMs: number,
  maxWallMs: number,
): (wallMs: number) => Resolved {
  const timeline = new ZoneTimeline(zone, minWallMs - 24 * HOUR_MS, maxWallMs + 24 * HOUR_MS);
  return (wallMs) => {
    const before = timeline.offsetAt(wallMs - 15 * HOUR_MS);
    const after = timeline.offsetAt(wallMs + 13 * HOUR_MS);
    const t1 = wallMs - before;
    if (before === after) return { tMs: t1, offsetMs: before };
    const t2 = wallMs - after;
    const ok1 = timeline.toWall(t1) === wallMs;
    const ok2 = timeline.toWall(t2) === wallMs;
    if (ok1 && ok2) {
      const tMs = Math.min(t1, t2);
      return { tMs, offsetMs: timeline.offsetAt(tMs), edge: "repeated" };
    }
    if (ok1) return { tMs: t1, offsetMs: before };
    if (ok2) return { tMs: t2, offsetMs: after };
    return { tMs: t1, offsetMs: timeline.offsetAt(t1), edge: "skipped" };
  };
}

/** The "+03:00" of each offset met (a file has a handful). */
const suffixes = new Map<number, string>();

/** ISO 8601 local time with offset: `2025-03-30T04:30+03:00` (seconds only when asked). */
export function formatIsoWithOffset(tMs: number, offsetMs: number, withSeconds = false): string {
  const local = new Date(tMs + offsetMs).toISOString().slice(0, withSeconds ? 19 : 16);
  let suffix = suffixes.get(offsetMs);
  if (suffix === undefined) {
    const abs = Math.abs(Math.round(offsetMs / 60_000));
    const hh = String(Math.floor(abs / 60)).padStart(2, "0");
    const mm = String(abs % 60).padStart(2, "0");
    suffix = `${offsetMs < 0 ? "-" : "+"}${hh}:${mm}`;
    if (suffixes.size < 256) suffixes.set(offsetMs, suffix);
  }
  return local + suffix;
}
