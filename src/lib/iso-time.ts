import { dateParts } from "./intl-cache";

function partsIn(tMs: number, timeZone: string) {
  return dateParts(
    "en-US",
    {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    },
    tMs,
  );
}

/** Per zone, a formatter that names the offset ("GMT+02:00"), or null where a runtime lacks one. */
const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();
const GMT_OFFSET = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

function offsetFormat(timeZone: string): Intl.DateTimeFormat | null {
  let f = offsetFormats.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    } catch {
      f = null;
    }
    offsetFormats.set(timeZone, f);
  }
  return f;
}

/**
 * Offset of `timeZone` from UTC at the instant `tMs` (taken to the whole second), in ms (Kyiv
 * winter: +7 200 000). Read from the offset's name ("GMT+02:00"): a quarter of the cost of reading
 * the wall-clock parts, which remain the way where a runtime cannot name offsets. Throws a
 * RangeError, as Intl does, for an unknown zone or an invalid instant.
 */
export function zoneOffsetMsAt(tMs: number, timeZone: string): number {
  const seconds = Math.floor(tMs / 1000) * 1000;
  const named = offsetFormat(timeZone)?.format(seconds);
  const m = named === undefined ? null : GMT_OFFSET.exec(named);
  if (m) {
    const sign = m[1] === "-" ? -1 : 1;
    const [h, min, sec] = [m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number];
    return sign * ((h * 60 + min) * 60 + sec) * 1000;
  }
  const p = partsIn(seconds, timeZone);
  const asUtc = utcMs(
    Number(p.year),
    Number(p.month),
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - seconds;
}

/** Offset of `timeZone` from UTC at the instant `tMs`, in minutes (Kyiv winter: +120). */
export function zoneOffsetMinutes(tMs: number, timeZone: string): number {
  return Math.round(zoneOffsetMsAt(tMs, timeZone) / 60_000);
}

/**
 * Formats an instant as ISO 8601 local time in `timeZone` with its offset, to the minute:
 * `2025-11-14T01:00+02:00`.
 */
export function toIsoMinute(tMs: number, timeZone = "Europe/Kyiv"): string {
  const offset = zoneOffsetMinutes(tMs, timeZone);
  const local = new Date(tMs + offset * 60_000).toISOString().slice(0, 16);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local}${sign}${hh}:${mm}`;
}

/** Date.UTC without its 0–99 → 1900s year mapping; `month` is 1-based. */
function utcMs(year: number, month: number, day: number, h = 0, m = 0, sec = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, m, sec, ms);
  return d.getTime();
}

/** Days in `month` (1-based) of the proleptic Gregorian `year`. Pure. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** The largest UTC offset any zone uses (±14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an ISO 8601 instant that carries an offset or "Z", strictly: no rolled-over dates
 * (2025-02-30), no T24:00, no leap seconds, offsets within ±14:00, years 0000–9999 taken
 * literally (never as 1900s). Anything else gives undefined. Pure.
 */
export function parseIsoWithOffset(text: string): number | undefined {
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMin = 0;
  if (m[8]) {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    offsetMin = (oh * 60 + om) * (m[8] === "-" ? -1 : 1);
    if (om > 59 || Math.abs(offsetMin) > MAX_OFFSET_MINUTES) return undefined;
  }
  return utcMs(year, month, day, hour, minute, second, ms) - offsetMin * 60_000;
}
