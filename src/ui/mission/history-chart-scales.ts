/**
 * Pixel scales for a site's history chart: time on x, log10 of distance on y. Distances under
 * SAME_POINT_M are not on the log axis at all: they go to a separate "same mapped point" lane
 * below its floor, never to an invented 1 m. Pure.
 */
import { SAME_POINT_M } from "@/lib/format";
import { dateTimeFormat } from "@/lib/intl-cache";

export interface ChartBox {
  readonly x0: number;
  readonly x1: number;
  /** The log axis's floor (larger pixel y, for the smallest decade). */
  readonly y0: number;
  readonly y1: number;
}

export interface Spanned {
  readonly startMs: number;
  readonly endMs: number;
  readonly distanceM: number;
  readonly minM: number;
  readonly maxM: number;
}

const DAY_MS = 86_400_000;

/** One tick per year, or under about two years at most six month ticks (the first with its year). */
function timeTicks(t0: number, t1: number, locale: string): { tMs: number; label: string }[] {
  const ticks: { tMs: number; label: string }[] = [];
  for (let yr = new Date(t0).getUTCFullYear() + 1; yr <= new Date(t1).getUTCFullYear(); yr++) {
    ticks.push({ tMs: Date.UTC(yr, 0, 1), label: String(yr) });
  }
  if (ticks.length >= 2) return ticks;
  ticks.length = 0;
  const first = new Date(t0);
  const months: number[] = [];
  for (let m = first.getUTCMonth() + 1, yr = first.getUTCFullYear(); ; m++) {
    const tMs = Date.UTC(yr + Math.floor(m / 12), m % 12, 1);
    if (tMs > t1) break;
    months.push(tMs);
  }
  const stride = Math.max(1, Math.ceil(months.length / 6));
  months.forEach((tMs, i) => {
    if (i % stride !== 0) return;
    const d = new Date(tMs);
    const name = dateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(tMs);
    ticks.push({ tMs, label: ticks.length === 0 ? `${name} ${d.getUTCFullYear()}` : name });
  });
  return ticks;
}

/**
 * x (epoch ms → px) over every row's whole span, padded; y (metres → px) on decades that bracket
 * every positive distance and bound; `floorM` is the axis floor: a bound below it (including 0)
 * is drawn reaching the floor, and `isSamePoint` rows belong on the lane below it. Month ticks
 * are named in the language of the Intl tag `locale`.
 */
export function historyScales(rows: readonly Spanned[], box: ChartBox, locale = "en-GB") {
  const starts = rows.map((r) => r.startMs);
  const ends = rows.map((r) => r.endMs);
  const lo = Math.min(...starts);
  const hi = Math.max(...ends);
  const pad = Math.max(DAY_MS, (hi - lo) * 0.02);
  const t0 = lo - pad;
  const t1 = hi + pad;
  const positive = rows
    .flatMap((r) => [r.distanceM, r.minM, r.maxM])
    .filter((m) => m >= SAME_POINT_M);
  const minPos = positive.length > 0 ? Math.min(...positive) : 10;
  const maxPos = positive.length > 0 ? Math.max(...positive) : 100;
  const e0 = Math.floor(Math.log10(Math.max(1, minPos)));
  const e1 = Math.max(e0 + 1, Math.ceil(Math.log10(Math.max(1, maxPos))));
  const yTicks: number[] = [];
  for (let e = e0; e <= e1; e++) yTicks.push(10 ** e);
  const floorM = 10 ** e0;
  const x = (tMs: number) => box.x0 + ((tMs - t0) / (t1 - t0)) * (box.x1 - box.x0);
  const y = (m: number) => {
    const l = Math.log10(Math.max(m, floorM));
    return box.y0 + ((l - e0) / (e1 - e0)) * (box.y1 - box.y0);
  };
  const isSamePoint = (r: Spanned) => r.distanceM < SAME_POINT_M;
  return { x, y, yTicks, xTicks: timeTicks(t0, t1, locale), floorM, isSamePoint };
}
