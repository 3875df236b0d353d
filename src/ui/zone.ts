import type { ZoneMode } from "@/state/slices/view-slice";

/** The short name of the display zone, as in "(Kyiv)" after a time. */
export function zoneLabel(mode: ZoneMode): string {
  if (mode === "utc") return "UTC";
  if (mode === "local") return "your time";
  return "Kyiv";
}

/**
 * The zone as a field label says it: "Kyiv time", "UTC", or "your time (Europe/Berlin)" with the
 * browser's IANA zone `timeZone`, so a typed time is never read in a zone the user did not expect.
 */
export function zoneFieldLabel(mode: ZoneMode, timeZone: string): string {
  if (mode === "utc") return "UTC";
  if (mode === "local") return `your time (${timeZone})`;
  return "Kyiv time";
}
