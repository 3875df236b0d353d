import type { ZoneMode } from "@/state/slices/view-slice";

/** The IANA zone for a display mode; "local" is the browser's own zone. */
export function zoneFor(mode: ZoneMode): string {
  if (mode === "utc") return "UTC";
  if (mode === "local") return Intl.DateTimeFormat().resolvedOptions().timeZone;
  return "Europe/Kyiv";
}

export function zoneLabel(mode: ZoneMode): string {
  if (mode === "utc") return "UTC";
  if (mode === "local") return "your time";
  return "Kyiv";
}
