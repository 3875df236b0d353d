import { EN_FORMAT, type FormatLocale } from "./format-locale";
import { dateParts, dateTimeFormat } from "./intl-cache";

const DAY_MS = 86_400_000;

function dateOptions(loc: FormatLocale, timeZone: string): Intl.DateTimeFormatOptions {
  return { timeZone, day: "numeric", month: loc.month, year: "numeric" };
}

function timeOnly(tMs: number, timeZone: string, loc: FormatLocale): string {
  return dateTimeFormat(loc.tag, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(tMs);
}

/** Formats an epoch-ms instant in an IANA time zone as "14 Nov 2025, 01:00" (in `loc`'s language). */
export function formatDateTime(tMs: number, timeZone = "Europe/Kyiv", loc = EN_FORMAT): string {
  return dateTimeFormat(loc.tag, {
    ...dateOptions(loc, timeZone),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(tMs);
}

/** Formats an epoch-ms instant's calendar date in an IANA time zone as "14 Nov 2025". */
export function formatDate(tMs: number, timeZone = "Europe/Kyiv", loc = EN_FORMAT): string {
  return dateTimeFormat(loc.tag, dateOptions(loc, timeZone)).format(tMs);
}

/** The UTC offset of `timeZone` at `tMs`, as "+02:00". */
export function utcOffsetLabel(tMs: number, timeZone: string): string {
  const text = dateParts("en-US", { timeZone, timeZoneName: "longOffset" }, tMs).timeZoneName;
  return !text || text === "GMT" ? "+00:00" : text.replace("GMT", "");
}

export type TimePrecisionLike = "minute" | "hour" | "day" | "night" | "window" | "month" | "year";

/**
 * A reported window, never its midpoint: "2 Jan 2024, between 07:30 and 09:00" within one day,
 * "between 28 Apr 2022 and 28 Aug 2025" (dates only) for a window of a day or more.
 */
export function formatTimeWindow(
  startMs: number,
  endMs: number,
  timeZone = "Europe/Kyiv",
  loc = EN_FORMAT,
): string {
  const d0 = formatDate(startMs, timeZone, loc);
  const d1 = formatDate(endMs, timeZone, loc);
  if (endMs - startMs >= DAY_MS) return loc.words.between(d0, d1);
  const h0 = timeOnly(startMs, timeZone, loc);
  const h1 = timeOnly(endMs, timeZone, loc);
  return d0 === d1
    ? `${d0}, ${loc.words.between(h0, h1)}`
    : loc.words.between(`${d0}, ${h0}`, `${d1}, ${h1}`);
}

/** "13–14 Nov 2025", "30 Nov – 1 Dec 2025", "31 Dec 2025 – 1 Jan 2026" in `loc`'s language. */
function nightRange(eveningMs: number, morningMs: number, timeZone: string, loc: FormatLocale) {
  const options = dateOptions(loc, timeZone);
  const a = dateParts(loc.tag, options, eveningMs);
  const b = dateParts(loc.tag, options, morningMs);
  if (a.month === b.month && a.year === b.year) {
    // One month: the morning's date with the evening's day before its own ("13–14 Nov 2025").
    return dateTimeFormat(loc.tag, options)
      .formatToParts(morningMs)
      .map((p) => (p.type === "day" ? `${a.day}–${p.value}` : p.value))
      .join("");
  }
  // ICU puts thin spaces around the range dash; the app's other ranges use plain spaces.
  return dateTimeFormat(loc.tag, options)
    .formatRange(eveningMs, morningMs)
    .replace(/\u2009/g, " ");
}

/**
 * Formats an instant no more precisely than it is known: "14 Nov 2025, 01:00" (minute/hour),
 * "14 Nov 2025" (day), "night of 13–14 Nov 2025" (night; an instant before noon belongs to the
 * night that began the previous evening), "Apr 2022" (month), "2022" (year), and for a window its
 * bounds (see formatTimeWindow) — or, without them, the date and "time not reported".
 */
export function formatAtPrecision(
  tMs: number,
  precision: TimePrecisionLike,
  timeZone = "Europe/Kyiv",
  window?: { readonly startMs: number; readonly endMs: number },
  loc = EN_FORMAT,
): string {
  if (precision === "minute" || precision === "hour") return formatDateTime(tMs, timeZone, loc);
  if (precision === "window") {
    return window
      ? formatTimeWindow(window.startMs, window.endMs, timeZone, loc)
      : loc.words.timeNotReported(formatDate(tMs, timeZone, loc));
  }
  if (precision === "day") return formatDate(tMs, timeZone, loc);
  if (precision === "month" || precision === "year") {
    const options: Intl.DateTimeFormatOptions = { timeZone, year: "numeric" };
    if (precision === "month") options.month = loc.month;
    return dateTimeFormat(loc.tag, options).format(tMs);
  }
  const hour = Number(
    dateParts("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }, tMs).hour,
  );
  const eveningMs = hour < 12 ? tMs - DAY_MS : tMs;
  return loc.words.nightOf(nightRange(eveningMs, eveningMs + DAY_MS, timeZone, loc));
}
