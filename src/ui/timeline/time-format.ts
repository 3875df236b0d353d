import { instantFromWallMs, wallClockMs } from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import { formatDateTime } from "@/lib/format";

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function compact(tMs: number, timeZone: string): string {
  let fmt = partsFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    partsFormats.set(timeZone, fmt);
  }
  const p: Record<string, string> = {};
  for (const part of fmt.formatToParts(tMs)) p[part.type] = part.value;
  return `${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/**
 * The timeline's count line: "12 strikes · 13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)".
 * `zoneLabel` is the short name of the zone shown in brackets.
 */
export function windowCountLabel(
  count: number,
  window: TimeWindow,
  timeZone: string,
  zoneLabel: string,
): string {
  const noun = count === 1 ? "strike" : "strikes";
  const range = `${compact(window.startMs, timeZone)} – ${compact(window.endMs, timeZone)}`;
  return `${count} ${noun} · ${range} (${zoneLabel})`;
}

/** A handle's aria-valuetext: "13 Nov 2025, 18:00 Kyiv". */
export function handleValueText(tMs: number, timeZone: string, zoneLabel: string): string {
  return `${formatDateTime(tMs, timeZone)} ${zoneLabel}`;
}

/** An instant as the value of an `<input type="datetime-local">` in `timeZone`: "2025-11-13T18:00". */
export function toLocalInputValue(tMs: number, timeZone: string): string {
  return new Date(wallClockMs(tMs, timeZone)).toISOString().slice(0, 16);
}

/** Reads a datetime-local value ("2025-11-13T18:00") as wall time in `timeZone`; undefined if invalid. */
export function fromLocalInputValue(value: string, timeZone: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const wallMs = Date.parse(`${value}:00Z`);
  return Number.isFinite(wallMs) ? instantFromWallMs(wallMs, timeZone) : undefined;
}
