/**
 * IANA time-zone arithmetic without a tz library: offsets come from Intl.DateTimeFormat (the shared
 * formatter cache in lib/intl-cache, probe results memoised per zone), and a {@link ZoneTimeline} turns
 * them into a list of constant-offset segments so that converting thousands of instants is pure
 * arithmetic. "Wall" time means local clock time encoded as if it were UTC epoch ms.
 * Assumption (true for every IANA zone since 1970): the offset changes at most once in 12 hours.
 */
import { dateTimeFormat } from "@/lib/intl-cache";
import { zoneOffsetMsAt } from "@/lib/iso-time";
import { InvalidArgumentError } from "./errors";

const HOUR_MS = 3_600_000;
const PROBE_MS = 12 * HOUR_MS;
const MAX_PROBES = 200_000;
const memo = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  try {
    return dateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw new InvalidArgumentError("timeZone", `is not a known IANA time zone: "${timeZone}"`);
  }
}

/** True for zone names that are UTC without asking Intl. */
function isUtc(timeZone: string): boolean {
  return timeZone === "UTC" || timeZone === "Etc/UTC" || timeZone === "Z";
}

/**
 * Offset of `timeZone` from UTC at instant `tMs`, in ms (Kyiv in winter: +7 200 000).
 * Throws InvalidArgumentError for an unknown zone. Pure apart from its caches.
 */
export function zoneOffsetMs(tMs: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  let zoneMemo = memo.get(timeZone);
  if (!zoneMemo) {
    formatterFor(timeZone); // an unknown zone throws InvalidArgumentError here, once per zone
    zoneMemo = new Map();
    memo.set(timeZone, zoneMemo);
  }
  const hit = zoneMemo.get(tMs);
  if (hit !== undefined) return hit;
  const offset = zoneOffsetMsAt(tMs, timeZone);
  if (zoneMemo.size > 100_000) zoneMemo.clear();
  zoneMemo.set(tMs, offset);
  return offset;
}

/**
 * The offsets of one zone over a time span as constant segments, for fast conversions.
 * Outside the span it asks Intl directly, so it is correct everywhere, just slower.
 */
export class ZoneTimeline {
  readonly timeZone: string;
  /** Segment i has offset `offsets[i]` from `starts[i]` (inclusive) to `starts[i+1]`. */
  private readonly starts: number[] = [];
  private readonly offsets: number[] = [];
  private readonly fromMs: number;
  private readonly toMs: number;

  /** Builds segments covering `[fromMs − 2 days, toMs + 2 days]`. */
  constructor(timeZone: string, fromMs: number, toMs: number) {
    this.timeZone = timeZone;
    this.fromMs = Math.floor((fromMs - 4 * PROBE_MS) / PROBE_MS) * PROBE_MS;
    this.toMs = Math.max(this.fromMs, toMs + 4 * PROBE_MS);
    if ((this.toMs - this.fromMs) / PROBE_MS > MAX_PROBES) {
      throw new InvalidArgumentError("time span", "is longer than 270 years");
    }
    let t = this.fromMs;
    let off = zoneOffsetMs(t, timeZone);
    this.starts.push(t);
    this.offsets.push(off);
    while (t < this.toMs) {
      const next = t + PROBE_MS;
      const nextOff = isUtc(timeZone) ? 0 : zoneOffsetMs(next, timeZone);
      if (nextOff !== off) {
        this.starts.push(this.transition(t, next, off));
        this.offsets.push(nextOff);
        off = nextOff;
      }
      t = next;
    }
  }

  /** First whole second in (lo, hi] whose offset differs from `offLo` (bisection). */
  private transition(lo: number, hi: number, offLo: number): number {
    let a = Math.floor(lo / 1000);
    let b = Math.ceil(hi / 1000);
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (zoneOffsetMs(mid * 1000, this.timeZone) === offLo) a = mid;
      else b = mid;
    }
    return b * 1000;
  }

  private segmentAt(tMs: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= tMs) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset in ms at instant `tMs`. */
  offsetAt(tMs: number): number {
    if (tMs < this.fromMs || tMs > this.toMs) return zoneOffsetMs(tMs, this.timeZone);
    return this.offsets[this.segmentAt(tMs)] as number;
  }

  /** Local wall time of `tMs` (local clock encoded as UTC ms). */
  toWall(tMs: number): number {
    return tMs + this.offsetAt(tMs);
  }

  /**
   * The earliest instant whose local wall time is `wallMs`. When that wall time is skipped by a
   * forward DST jump, the instant the jump happens (the first one after the gap).
   */
  fromWall(wallMs: number): number {
    const oBefore = this.offsetAt(wallMs - 2 * PROBE_MS);
    const oAfter = this.offsetAt(wallMs + 2 * PROBE_MS);
    const candidates =
      oBefore === oAfter ? [wallMs - oBefore] : [wallMs - oBefore, wallMs - oAfter];
    let best = Number.POSITIVE_INFINITY;
    for (const t of candidates) if (this.toWall(t) === wallMs && t < best) best = t;
    if (best !== Number.POSITIVE_INFINITY) return best;
    // In a gap: the transition lies between the two candidates.
    const lo = Math.min(...candidates);
    const hi = Math.max(...candidates);
    let a = Math.floor(lo / 1000);
    let b = Math.ceil(hi / 1000);
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (this.toWall(mid * 1000) < wallMs) a = mid;
      else b = mid;
    }
    return b * 1000;
  }
}
