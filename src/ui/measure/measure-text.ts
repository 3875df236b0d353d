import { WEAPON_SYMBOLS } from "@/domain/symbols";
import type { Strike } from "@/domain/types";
import { WEAPON_LABEL } from "@/i18n/labels";
import type { I18n } from "@/i18n/translator";
import {
  type DistanceUnit,
  formatDate,
  formatDistanceInterval,
  formatSeparation,
} from "@/lib/format";
import type { Measurement, MeasureSegment, MeasureVertex } from "@/state/measure-selectors";

/** The weapon as a short phrase: the source's wording up to its first aside, or the class label. */
export function shortWeapon(strike: Strike): string {
  const head = strike.weaponText.split(/[(,;:]/)[0]?.trim() ?? "";
  if (head === "" || head.length > 32 || /^not\b|^unknown\b/i.test(head)) {
    return WEAPON_SYMBOLS[strike.weaponClass].label;
  }
  return head.charAt(0).toUpperCase() + head.slice(1);
}

/** "50.46082° N, 30.49056° E" for a point placed by hand. */
export function formatLngLat(lngLat: readonly [number, number]): string {
  const [lng, lat] = lngLat;
  return `${Math.abs(lat).toFixed(5)}° ${lat < 0 ? "S" : "N"}, ${Math.abs(lng).toFixed(5)}° ${lng < 0 ? "W" : "E"}`;
}

/**
 * A vertex as readers know it: "Kh-47M2 Kinzhal, 2 Jan 2024", a mission's name, or coordinates.
 * In another language than English the weapon is its translated class (the data's wording is English).
 */
export function vertexLabel(vertex: MeasureVertex, timeZone: string, i18n: I18n): string {
  const { t, fmt, name, locale } = i18n;
  const k = vertex.strike;
  if (k) {
    const weapon = locale === "en" ? shortWeapon(k) : t(WEAPON_LABEL[k.weaponClass]);
    return t("measure.vertexStrike", { weapon, date: formatDate(k.tMs, timeZone, fmt) });
  }
  if (vertex.mission) return name(vertex.mission.name);
  return formatLngLat(vertex.lngLat);
}

/** "48 m (0–210 m)": the distance, with its interval when either end is uncertain. */
export function distanceText(
  distanceM: number,
  minM: number,
  maxM: number,
  withInterval: boolean,
  unit: DistanceUnit,
  { fmt }: Pick<I18n, "fmt">,
): string {
  const d = formatSeparation(distanceM, unit, fmt);
  return withInterval ? `${d} (${formatDistanceInterval(minM, maxM, unit, fmt)})` : d;
}

/** One segment as a sentence: "Kh-47M2 Kinzhal, 2 Jan 2024 → Embassy …: 0 m (0–230 m)". */
export function segmentText(
  m: Measurement,
  segment: MeasureSegment,
  unit: DistanceUnit,
  timeZone: string,
  i18n: I18n,
): string {
  const from = m.vertices[segment.fromIndex];
  const to = m.vertices[segment.fromIndex + 1];
  if (!from || !to) return "";
  const uncertain = from.uncertaintyM > 0 || to.uncertaintyM > 0;
  const distance = distanceText(
    segment.distanceM,
    segment.minM,
    segment.maxM,
    uncertain,
    unit,
    i18n,
  );
  return i18n.t("measure.segment", {
    from: vertexLabel(from, timeZone, i18n),
    to: vertexLabel(to, timeZone, i18n),
    distance,
  });
}

/** What the sources say about a snapped strike→mission pair, e.g. "about 35 steps", if anything. */
export function reportedText(m: Measurement, segment: MeasureSegment): string | undefined {
  const from = m.vertices[segment.fromIndex];
  const to = m.vertices[segment.fromIndex + 1];
  const strike = from?.strike ?? to?.strike;
  const mission = from?.mission ?? to?.mission;
  if (!strike || !mission) return undefined;
  return strike.reportedDistances?.find((r) => r.missionId === mission.id)?.wording;
}
