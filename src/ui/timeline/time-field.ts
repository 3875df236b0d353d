import { instantFromWallMs, wallClockMs } from "@/analysis/time-windows";
import type { I18n } from "@/i18n/translator";
import { zoneOffsetMinutes } from "@/lib/iso-time";

/** A typed time read as an instant, or why it cannot be one. */
export type TimeFieldResult =
  | { readonly ok: true; readonly tMs: number }
  | { readonly ok: false; readonly reason: TimeFieldError };

/** "format": not `YYYY-MM-DD HH:MM`; "no-date": e.g. 30 Feb; "no-time": e.g. 25:00; "skipped": a DST gap. */
export type TimeFieldError = "empty" | "format" | "no-date" | "no-time" | "skipped";

const FIELD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+|T)(\d{1,2}):(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An instant as the wall time in `timeZone`, "2025-11-13 18:00" (seconds dropped, never rounded up).
 * Never mutates its input.
 */
export function formatTimeField(tMs: number, timeZone: string): string {
  const iso = new Date(wallClockMs(tMs, timeZone)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * Reads a typed wall time in `timeZone`: "2025-11-13 18:00" (a "T" instead of the space, and
 * single-digit month, day or hour, are accepted too). Rejects impossible dates (30 Feb), times past
 * 23:59, and readings that a DST change skips (they do not exist in that zone).
 */
export function parseTimeField(text: string, timeZone: string): TimeFieldResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  const m = FIELD.exec(trimmed);
  if (!m) return { ok: false, reason: "format" };
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return { ok: false, reason: "no-time" };
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  const d = new Date(wallMs);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return { ok: false, reason: "no-date" };
  const tMs = instantFromWallMs(wallMs, timeZone);
  if (wallClockMs(tMs, timeZone) !== wallMs) return { ok: false, reason: "skipped" };
  return { ok: true, tMs };
}

/** The zone's offset from UTC at `tMs`, as in ISO 8601: "+02:00", "-05:00", "+05:30". */
export function offsetText(tMs: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(tMs, timeZone);
  const abs = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A sentence saying why a field's text was refused; `field` is "From" or "To", `zone` e.g. "Kyiv
 * time". The fields show and accept ISO-like wall time, 24-hour, to the minute (`timeField.format`).
 */
export function timeFieldMessage(
  field: string,
  reason: TimeFieldError,
  zone: string,
  { t }: Pick<I18n, "t">,
): string {
  const format = t("timeField.format");
  switch (reason) {
    case "empty":
      return t("timeField.empty", { field, format });
    case "format":
      return t("timeField.notTime", { field, format });
    case "no-date":
      return t("timeField.noDate", { field });
    case "no-time":
      return t("timeField.noTime", { field });
    case "skipped":
      return t("timeField.skipped", { field, zone });
  }
}
