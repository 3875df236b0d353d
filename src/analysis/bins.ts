/**
 * Histogram bins for the time slider: hour, day or week bins whose edges fall on local hour,
 * local midnight or local Monday midnight in an IANA time zone (or UTC). Days are 23 or 25
 * hours long across DST changes; an hour repeated when clocks go back is two hourly bins.
 */
import type { TimeWindow } from "@/domain/types";
import { InvalidArgumentError } from "./errors";
import { lowerBound } from "./time-index";
import { ZoneTimeline } from "./time-zone";

export type BinUnit = "hour" | "day" | "week";

export interface TimeBin {
  /** Inclusive start, epoch ms. */
  readonly startMs: number;
  /** Exclusive end, epoch ms. */
  readonly endMs: number;
  readonly count: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Upper limit on edges per call (≈ 114 years of hours) to keep a typo from hanging the UI. */
export const MAX_BINS = 1_000_000;

/** Floors a wall time (local clock as UTC ms) to the start of its hour, day or ISO week. */
function floorWall(wallMs: number, unit: BinUnit): number {
  if (unit === "hour") return Math.floor(wallMs / HOUR_MS) * HOUR_MS;
  const day = Math.floor(wallMs / DAY_MS) * DAY_MS;
  if (unit === "day") return day;
  const dow = new Date(day).getUTCDay(); // 0 = Sunday
  return day - ((dow + 6) % 7) * DAY_MS;
}

/**
 * Bin edges (ascending epoch ms) covering `domain`: the first edge is the start of the local
 * hour/day/week containing `domain.startMs`, the last is the first edge ≥ `domain.endMs`.
 * Hour edges step in real time (so a 25-hour day has 25 hour bins) and are re-aligned to the
 * local hour if an offset change is not a whole hour. Day and week edges are local midnights; a
 * midnight skipped by DST becomes the first instant after the jump. An empty or inverted domain
 * gives no edges. Throws InvalidArgumentError for a bad unit or zone, or more than MAX_BINS bins.
 */
export function binEdges(domain: TimeWindow, unit: BinUnit, timeZone = "Europe/Kyiv"): number[] {
  if (unit !== "hour" && unit !== "day" && unit !== "week") {
    throw new InvalidArgumentError(
      "unit",
      `must be "hour", "day" or "week", got "${String(unit)}"`,
    );
  }
  const { startMs, endMs } = domain;
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) {
    throw new InvalidArgumentError("domain", "bounds must be finite epoch milliseconds");
  }
  if (!(endMs > startMs)) return [];
  const approxBins =
    (endMs - startMs) / (unit === "hour" ? HOUR_MS : unit === "day" ? DAY_MS : 7 * DAY_MS);
  if (approxBins > MAX_BINS)
    throw new InvalidArgumentError("domain", `would need over ${MAX_BINS} bins`);
  const zone = new ZoneTimeline(timeZone, startMs - 8 * DAY_MS, endMs + 8 * DAY_MS);
  const edges: number[] = [];
  let wall = floorWall(zone.toWall(startMs), unit);
  let edge = zone.fromWall(wall);
  if (edge > startMs) {
    wall = floorWall(wall - 1, unit);
    edge = zone.fromWall(wall);
  }
  // In an hour repeated by a backward DST change, start at the occurrence containing startMs.
  while (unit === "hour" && edge + HOUR_MS <= startMs) edge += HOUR_MS;
  edges.push(edge);
  while (edge < endMs) {
    let next: number;
    if (unit === "hour") {
      next = edge + HOUR_MS;
      const w = zone.toWall(next);
      if (w % HOUR_MS !== 0) next = zone.fromWall(Math.ceil(w / HOUR_MS) * HOUR_MS);
    } else {
      wall += unit === "day" ? DAY_MS : 7 * DAY_MS;
      next = zone.fromWall(wall);
    }
    if (!(next > edge)) next = edge + HOUR_MS; // defensive: edges must increase
    edges.push(next);
    edge = next;
  }
  return edges;
}

/**
 * Counts of `sortedTMs` (ascending epoch ms) per bin of {@link binEdges}: each bin counts the
 * instants in its full closed-open interval `[startMs, endMs)`, so the first and last bins may
 * count instants just outside `domain`. O(bins · log n). Never mutates input.
 */
export function binStrikes(
  sortedTMs: ArrayLike<number>,
  domain: TimeWindow,
  unit: BinUnit,
  timeZone = "Europe/Kyiv",
): TimeBin[] {
  const edges = binEdges(domain, unit, timeZone);
  const bins: TimeBin[] = [];
  let lo = edges.length > 0 ? lowerBound(sortedTMs, edges[0] as number) : 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const startMs = edges[i] as number;
    const endMs = edges[i + 1] as number;
    const hi = lowerBound(sortedTMs, endMs, lo);
    bins.push({ startMs, endMs, count: hi - lo });
    lo = hi;
  }
  return bins;
}
