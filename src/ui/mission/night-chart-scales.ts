/** Pixel scales for the per-night chart: time on x, log10 of distance on y. Pure. */
export interface ChartBox {
  readonly x0: number;
  readonly x1: number;
  /** Bottom (larger pixel y, for the smallest distance). */
  readonly y0: number;
  readonly y1: number;
}

const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Decades 1 m … 1000 km that bracket the data. */
function decades(minM: number, maxM: number): number[] {
  const lo = Math.floor(Math.log10(Math.max(1, minM)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(1, maxM))));
  const out: number[] = [];
  for (let e = lo; e <= hi; e++) out.push(10 ** e);
  return out;
}

/**
 * Builds x (epoch ms → px) and y (metres → px, log scale, 0 m drawn at the bottom) scales for
 * `points`, with decade ticks on y and one tick per year (or the first and last night) on x.
 */
export function chartScales(
  points: readonly { nightStartMs: number; distanceM: number }[],
  box: ChartBox,
) {
  const times = points.map((p) => p.nightStartMs);
  const t0 = Math.min(...times) - DAY_MS;
  const t1 = Math.max(...times) + DAY_MS;
  const yTicks = decades(
    Math.min(...points.map((p) => p.distanceM)),
    Math.max(...points.map((p) => p.distanceM)),
  );
  const l0 = Math.log10(yTicks[0] ?? 1);
  const l1 = Math.log10(yTicks[yTicks.length - 1] ?? 10);
  const x = (tMs: number) => box.x0 + ((tMs - t0) / (t1 - t0)) * (box.x1 - box.x0);
  const y = (m: number) => {
    const l = Math.log10(Math.max(m, 10 ** l0));
    return box.y0 + ((l - l0) / (l1 - l0)) * (box.y1 - box.y0);
  };
  const y0Year = new Date(t0).getUTCFullYear();
  const y1Year = new Date(t1).getUTCFullYear();
  const xTicks: { tMs: number; label: string }[] = [];
  for (let yr = y0Year + 1; yr <= y1Year; yr++) {
    xTicks.push({ tMs: Date.UTC(yr, 0, 1), label: String(yr) });
  }
  if (xTicks.length < 2) {
    // Under about two years: month ticks instead, at most six, the first with its year.
    xTicks.length = 0;
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
      const name = MONTHS[d.getUTCMonth()] ?? "";
      xTicks.push({ tMs, label: xTicks.length === 0 ? `${name} ${d.getUTCFullYear()}` : name });
    });
  }
  return { x, y, yTicks, xTicks };
}
