import { CONFIDENCE_LABEL, PRECISION_LABEL, WEAPON_LABEL } from "@/i18n/labels";
import type { I18n } from "@/i18n/translator";
import { formatDateTime, formatDistance, utcOffsetLabel } from "@/lib/format";
import { selectMissionsById } from "@/state/selectors";
import type { AppState } from "@/state/store";
import { selectTimeZone } from "@/state/time-selectors";

/** The window as the brief prints it, in the language on show (exports keep their English form). */
export function briefWindow(s: AppState, { fmt }: Pick<I18n, "fmt">): string {
  const zone = selectTimeZone(s);
  const { startMs, endMs } = s.timeWindow;
  return `${formatDateTime(startMs, zone, fmt)} – ${formatDateTime(endMs, zone, fmt)} (${zone}, UTC${utcOffsetLabel(startMs, zone)})`;
}

/** The filters in words, with site names, in the language on show. */
export function briefFilters(s: AppState, i18n: I18n): string {
  const { t, fmt, name } = i18n;
  const f = s.filters;
  const list = (keys: readonly string[]) => ({ list: keys.join(", ") });
  const parts: string[] = [];
  if (f.hiddenWeapons.length)
    parts.push(t("filters.weapon", list(f.hiddenWeapons.map((w) => t(WEAPON_LABEL[w])))));
  if (f.hiddenConfidence.length)
    parts.push(
      t("filters.confidence", list(f.hiddenConfidence.map((c) => t(CONFIDENCE_LABEL[c])))),
    );
  if (f.hiddenPrecision.length)
    parts.push(t("filters.precision", list(f.hiddenPrecision.map((p) => t(PRECISION_LABEL[p])))));
  if (f.hiddenLayers.length) parts.push(t("filters.layers", list(f.hiddenLayers)));
  if (f.near) {
    const site = selectMissionsById(s).get(f.near.missionId);
    parts.push(
      t("filters.near", {
        distance: formatDistance(f.near.withinM, s.distanceUnit, fmt),
        name: site ? name(site.name) : f.near.missionId,
      }),
    );
  }
  return parts.length ? parts.join("; ") : t("filters.none");
}
