const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(tMs: number, timeZone: string) {
  let fmt = offsetFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    offsetFormats.set(timeZone, fmt);
  }
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(tMs)) out[p.type] = p.value;
  return out;
}

/** Offset of `timeZone` from UTC at the instant `tMs`, in minutes (Kyiv winter: +120). */
export function zoneOffsetMinutes(tMs: number, timeZone: string): number {
  const p = partsIn(tMs, timeZone);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - Math.floor(tMs / 1000) * 1000) / 60_000);
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

/** Parses an ISO 8601 instant that carries an offset or "Z"; anything else gives undefined. */
export function parseIsoWithOffset(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text))
    return undefined;
  const tMs = Date.parse(text);
  return Number.isFinite(tMs) ? tMs : undefined;
}
