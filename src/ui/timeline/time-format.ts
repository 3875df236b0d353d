import type { TimeWindow } from "@/domain/types";
import { dateTimeFormat } from "@/lib/date-time-format";
import { formatDateTime } from "@/lib/format";

function compact(tMs: number, timeZone: string): string {
  const fmt = dateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
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
