/**
 * Strict date and time parsing for imports. A parsed value is a local "wall" time (clock reading
 * encoded as UTC epoch ms) plus the offset when the text states one. Nothing rolls over:
 * 2025-02-30, 24:00 and 12:60 are errors, not the next day or hour.
 */
import { DATA_TIME_RANGE, DATA_YEARS } from "@/domain/schema-rules";
import type { DateOrder } from "./types";

export interface WallTime {
  /** Local clock time encoded as UTC epoch ms. */
  readonly wallMs: number;
  /** "day" when only a date was given (wallMs is that day's 00:00). */
  readonly precision: "minute" | "day";
  /** Offset stated in the text (ms east of UTC); undefined → read in the import's zone. */
  readonly offsetMs?: number | undefined;
  readonly withSeconds: boolean;
}

export type DateResult = WallTime | { readonly error: string };

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T,]+(.+))?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T,]+(.+))?$/;
const TIME =
  /^(\d{1,2})(?::|h)(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The years the strike schema accepts (DATA_YEARS); a row outside them is refused here, by name. */
const MIN_YEAR = DATA_YEARS.first;
const MAX_YEAR = DATA_YEARS.last;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^(z|utc|gmt)$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return (m[1] === "-" ? -1 : 1) * minutes * 60_000;
}

function checkDay(y: number, mo: number, d: number): string | undefined {
  if (y < MIN_YEAR || y > MAX_YEAR)
    return `year ${y} is outside the years Nearmiss handles (${DATA_TIME_RANGE.label})`;
  if (mo < 1 || mo > 12) return `month ${mo} does not exist`;
  if (d < 1 || d > daysInMonth(y, mo)) return `day ${d} does not exist in month ${mo} of ${y}`;
  return undefined;
}

interface Clock {
  readonly ms: number;
  readonly withSeconds: boolean;
  readonly offsetMs?: number | undefined;
}

/** Parses a time of day ("14:05", "14:05:30", "2:05 pm", "14:05+03:00"); a reason on failure. */
export function parseClock(text: string): Clock | { error: string } {
  const m = TIME.exec(text.trim());
  if (!m) return { error: `"${text}" is not a time of day (expected HH:MM)` };
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  const ampm = m[4]?.toLowerCase().replaceAll(".", "");
  if (ampm) {
    if (h < 1 || h > 12) return { error: `hour ${h} does not exist with ${ampm}` };
    h = (h % 12) + (ampm === "pm" ? 12 : 0);
  }
  if (h > 23) return { error: `hour ${h} does not exist (use 00:00 of the next day, not 24:00)` };
  if (mi > 59) return { error: `minute ${mi} does not exist` };
  if (s > 59) return { error: `second ${s} does not exist` };
  if (m[5] && offsetOf(m[5]) === undefined) return { error: `offset "${m[5]}" is not valid` };
  return {
    ms: ((h * 60 + mi) * 60 + s) * 1000,
    withSeconds: m[3] !== undefined,
    offsetMs: offsetOf(m[5]),
  };
}

function build(
  y: number,
  mo: number,
  d: number,
  clockText: string | undefined,
  zone?: string,
): DateResult {
  const bad = checkDay(y, mo, d);
  if (bad) return { error: bad };
  const dayMs = Date.UTC(y, mo - 1, d);
  if (clockText === undefined || clockText.trim() === "") {
    return { wallMs: dayMs, precision: "day", withSeconds: false, offsetMs: offsetOf(zone) };
  }
  const clock = parseClock(zone ? `${clockText}${zone}` : clockText);
  if ("error" in clock) return clock;
  return {
    wallMs: dayMs + clock.ms,
    precision: "minute",
    withSeconds: clock.withSeconds,
    offsetMs: clock.offsetMs,
  };
}

/**
 * Parses a date (optionally with a time in the same text, or a separate `timeText`).
 * Accepts ISO 8601 (with or without offset), YYYY/MM/DD, DD.MM.YYYY (always day first) and
 * DD/MM/YYYY or MM/DD/YYYY according to `order` (needed when both parts are ≤ 12). Pure.
 */
export function parseDateTime(text: string, timeText?: string, order?: DateOrder): DateResult {
  const t = text.trim();
  if (!t) return { error: "the date is empty" };
  let m = ISO.exec(t);
  if (m) {
    const clock = m[4] === undefined ? undefined : `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ""}`;
    return withTime(build(Number(m[1]), Number(m[2]), Number(m[3]), clock, m[7]), timeText);
  }
  m = YMD_SLASH.exec(t);
  if (m) return withTime(build(Number(m[1]), Number(m[2]), Number(m[3]), m[4]), timeText);
  m = NUMERIC.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === "." || order === "dmy" || (order !== "mdy" && a > 12);
    if (!dayFirst && order !== "mdy" && b <= 12) {
      return { error: `"${t}" could be day/month or month/day; choose the date order` };
    }
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    return withTime(build(Number(m[4]), mo, d, m[5]), timeText);
  }
  return { error: `"${t}" is not a date this importer reads (e.g. 2025-03-30 or 30.03.2025)` };
}

function withTime(r: DateResult, timeText: string | undefined): DateResult {
  if ("error" in r || timeText === undefined || timeText.trim() === "") return r;
  if (r.precision !== "day")
    return { error: "the date already has a time; the time column repeats it" };
  const clock = parseClock(timeText);
  if ("error" in clock) return clock;
  return {
    wallMs: r.wallMs + clock.ms,
    precision: "minute",
    withSeconds: clock.withSeconds,
    offsetMs: clock.offsetMs ?? r.offsetMs,
  };
}

/**
 * Which order slash dates in `values` use: "dmy"/"mdy" when some value has a part > 12 (and none
 * contradicts it), "ambiguous" when every part is ≤ 12, "inconsistent" when both orders occur,
 * "none" when no value is a slash date. Dotted dates count as day first. Pure.
 */
export function detectDateOrder(
  values: Iterable<string>,
): DateOrder | "ambiguous" | "inconsistent" | "none" {
  let dmy = false;
  let mdy = false;
  let seen = false;
  for (const v of values) {
    const m = NUMERIC.exec(v.trim());
    if (!m) continue;
    seen = true;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (m[2] === "." || (a > 12 && b <= 12)) dmy = true;
    else if (b > 12 && a <= 12) mdy = true;
  }
  if (dmy && mdy) return "inconsistent";
  if (dmy) return "dmy";
  if (mdy) return "mdy";
  return seen ? "ambiguous" : "none";
}
