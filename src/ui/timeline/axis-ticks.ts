import { DAY_MS, HOUR_MS, instantFromWallMs, wallClockMs } from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import { dateTimeFormat } from "@/lib/intl-cache";

export interface AxisTick {
  readonly tMs: number;
  readonly label: string;
  /** A label at the view's left edge (the first year, which has no round tick in view). */
  readonly edge?: boolean;
}

type Step =
  | { readonly kind: "hours"; readonly n: number; readonly approxMs: number }
  | { readonly kind: "days"; readonly n: number; readonly approxMs: number }
  | { readonly kind: "months"; readonly n: number; readonly approxMs: number };

const STEPS: readonly Step[] = [
  { kind: "hours", n: 3, approxMs: 3 * HOUR_MS },
  { kind: "hours", n: 6, approxMs: 6 * HOUR_MS },
  { kind: "days", n: 1, approxMs: DAY_MS },
  { kind: "days", n: 7, approxMs: 7 * DAY_MS },
  { kind: "months", n: 1, approxMs: 30.4 * DAY_MS },
  { kind: "months", n: 3, approxMs: 91.3 * DAY_MS },
  { kind: "months", n: 12, approxMs: 365.25 * DAY_MS },
];

const OPTIONS: Record<"time" | "day" | "month" | "year", Intl.DateTimeFormatOptions> = {
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  day: { day: "numeric", month: "short" },
  month: { month: "short", year: "numeric" },
  year: { year: "numeric" },
};
function fmt(kind: keyof typeof OPTIONS, timeZone: string, locale: string): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { ...OPTIONS[kind], timeZone });
}

/** The first wall-clock tick at or after `wallMs` for `step` (wall ms, UTC-as-local). */
function firstWall(wallMs: number, step: Step): number {
  const d = new Date(wallMs);
  if (step.kind === "hours") return Math.ceil(wallMs / (step.n * HOUR_MS)) * step.n * HOUR_MS;
  const midnight = Math.ceil(wallMs / DAY_MS) * DAY_MS;
  if (step.kind === "days") {
    if (step.n === 1) return midnight;
    const weekday = (Math.floor(midnight / DAY_MS) + 3) % 7; // 0 = Monday
    return midnight + ((7 - weekday) % 7) * DAY_MS;
  }
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  if (Date.UTC(y, m, 1) < wallMs) m += 1;
  while (m % step.n !== 0) m += 1;
  y += Math.floor(m / 12);
  return Date.UTC(y, m % 12, 1);
}

function nextWall(wallMs: number, step: Step): number {
  if (step.kind === "hours") return wallMs + step.n * HOUR_MS;
  if (step.kind === "days") return wallMs + step.n * DAY_MS;
  const d = new Date(wallMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1);
}

function labelFor(tMs: number, wallMs: number, step: Step, timeZone: string, locale: string) {
  if (step.kind === "hours") {
    return wallMs % DAY_MS === 0
      ? fmt("day", timeZone, locale).format(tMs)
      : fmt("time", timeZone, locale).format(tMs);
  }
  if (step.kind === "days") return fmt("day", timeZone, locale).format(tMs);
  if (step.n === 12) return fmt("year", timeZone, locale).format(tMs);
  return fmt("month", timeZone, locale).format(tMs);
}

/**
 * Axis ticks for a view at round local times (hours, midnights, Mondays, month or year starts),
 * at most about `maxTicks` of them, plus an edge label for the first year when no tick names it,
 * labelled in the language of the Intl tag `locale`. Never mutates `view`.
 */
export function axisTicks(
  view: TimeWindow,
  timeZone: string,
  maxTicks = 8,
  locale = "en-GB",
): AxisTick[] {
  const span = view.endMs - view.startMs;
  if (!(span > 0)) return [];
  const step = STEPS.find((s) => span / s.approxMs <= maxTicks) ?? STEPS[STEPS.length - 1];
  if (!step) return [];
  const ticks: AxisTick[] = [];
  let wall = firstWall(wallClockMs(view.startMs, timeZone), step);
  for (let i = 0; i < 100; i++) {
    const tMs = instantFromWallMs(wall, timeZone);
    if (tMs > view.endMs) break;
    ticks.push({ tMs, label: labelFor(tMs, wall, step, timeZone, locale) });
    wall = nextWall(wall, step);
  }
  // Month and year ticks: name the view's first year at its left edge when no tick names it
  // (a history from March 2022 would otherwise start unlabelled until "2023"), if there is room.
  const first = ticks[0];
  const year = (tMs: number) => fmt("year", timeZone, locale).format(tMs);
  if (
    step.kind === "months" &&
    (!first || (year(first.tMs) !== year(view.startMs) && (first.tMs - view.startMs) / span > 0.06))
  )
    ticks.unshift({ tMs: view.startMs, label: year(view.startMs), edge: true });
  return ticks;
}
