import type { ZoneMode } from "@/state/slices/view-slice";

export function zoneLabel(mode: ZoneMode): string {
  if (mode === "utc") return "UTC";
  if (mode === "local") return "your time";
  return "Kyiv";
}
