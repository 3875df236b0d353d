import type { I18n } from "@/i18n/translator";
import type { ZoneMode } from "@/state/slices/view-slice";

/** The short name of the display zone, as in "(Kyiv)" after a time. */
export function zoneLabel(mode: ZoneMode, { t }: Pick<I18n, "t">): string {
  if (mode === "utc") return t("zone.utc");
  if (mode === "local") return t("zone.local");
  return t("zone.kyiv");
}

/**
 * The zone as a field label says it: "Kyiv time", "UTC", or "your time (Europe/Berlin)" with the
 * browser's IANA zone `timeZone`, so a typed time is never read in a zone the user did not expect.
 */
export function zoneFieldLabel(mode: ZoneMode, timeZone: string, { t }: Pick<I18n, "t">): string {
  if (mode === "utc") return t("zone.fieldUtc");
  if (mode === "local") return t("zone.fieldLocal", { zone: timeZone });
  return t("zone.fieldKyiv");
}
