import { EN_FORMAT, type FormatLocale } from "./format-locale";
import { numberFormat } from "./intl-cache";

export type { FormatLocale } from "./format-locale";
export { EN_FORMAT } from "./format-locale";
export {
  formatAtPrecision,
  formatDate,
  formatDateTime,
  formatTimeWindow,
  utcOffsetLabel,
} from "./format-time";

export type DistanceUnit = "metric" | "imperial";

const M_PER_MILE = 1609.344;
const M_PER_FOOT = 0.3048;

type IntlUnit = "meter" | "kilometer" | "foot" | "mile";

function inUnit(value: number, unit: IntlUnit, digits: number, loc: FormatLocale): string {
  return numberFormat(loc.tag, {
    style: "unit",
    unit,
    unitDisplay: "short",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Formats a distance given in metres with a precision that suits its size, units through Intl in
 * `loc`'s language. Metric: "8.4 m", "48 m", "1.23 km", "12.3 km", "123 km". Imperial: "157 ft",
 * "0.42 mi", "12.3 mi". Ukrainian: "1,23 км".
 */
export function formatDistance(
  distanceM: number,
  unit: DistanceUnit = "metric",
  loc: FormatLocale = EN_FORMAT,
): string {
  if (!Number.isFinite(distanceM)) return "—";
  if (unit === "imperial") {
    const miles = distanceM / M_PER_MILE;
    if (miles < 0.1) return inUnit(Math.round(distanceM / M_PER_FOOT), "foot", 0, loc);
    if (miles < 10) return inUnit(miles, "mile", 2, loc);
    if (miles < 100) return inUnit(miles, "mile", 1, loc);
    return inUnit(Math.round(miles), "mile", 0, loc);
  }
  if (distanceM === 0) return inUnit(0, "meter", 0, loc);
  if (distanceM < 10) return inUnit(distanceM, "meter", 1, loc);
  if (distanceM < 1000) return inUnit(Math.round(distanceM), "meter", 0, loc);
  const km = distanceM / 1000;
  if (km < 10) return inUnit(km, "kilometer", 2, loc);
  if (km < 100) return inUnit(km, "kilometer", 1, loc);
  return inUnit(Math.round(km), "kilometer", 0, loc);
}

/** A formatted distance split into its number and the text around it ("1.23", "# km"). */
function splitNumber(text: string): { value: string; pattern: string } | undefined {
  const m = /[-\d][\d\s\u00a0\u202f.,]*\d|\d/.exec(text);
  if (!m) return undefined;
  return { value: m[0], pattern: `${text.slice(0, m.index)}#${text.slice(m.index + m[0].length)}` };
}

/** Formats an interval in metres as "0–210 m" (same unit on both ends when they share one). */
export function formatDistanceInterval(
  minM: number,
  maxM: number,
  unit: DistanceUnit = "metric",
  loc: FormatLocale = EN_FORMAT,
): string {
  const lo = formatDistance(minM, unit, loc);
  const hi = formatDistance(maxM, unit, loc);
  const a = splitNumber(lo);
  const b = splitNumber(hi);
  if (a && b && a.pattern === b.pattern) return b.pattern.replace("#", `${a.value}–${b.value}`);
  return `${lo} – ${hi}`;
}

/** Formats a bearing in degrees clockwise from north as "237° SW". */
export function formatBearing(bearingDeg: number, loc: FormatLocale = EN_FORMAT): string {
  const deg = ((bearingDeg % 360) + 360) % 360;
  const point = loc.words.compass[Math.round(deg / 45) % 8] ?? "";
  return `${Math.round(deg) % 360}° ${point}`;
}

/** Below this, two mapped points are the same point (a record placed on another's coordinates). */
export const SAME_POINT_M = 0.5;

/**
 * Formats the distance between two mapped points. Identical points read "same mapped point", not
 * "0 m": a strike recorded on a mission's coordinates was not located independently, and "0 m"
 * would be quoted as a fact.
 */
export function formatSeparation(
  distanceM: number,
  unit: DistanceUnit = "metric",
  loc: FormatLocale = EN_FORMAT,
): string {
  return distanceM < SAME_POINT_M ? loc.words.samePoint : formatDistance(distanceM, unit, loc);
}

/** A bearing, or a dash when the two points coincide and no direction exists. */
export function formatBearingBetween(
  bearingDeg: number,
  distanceM: number,
  loc: FormatLocale = EN_FORMAT,
): string {
  return distanceM < SAME_POINT_M ? "—" : formatBearing(bearingDeg, loc);
}

/** A stated uncertainty radius, rounded to two significant figures so a conversion adds no precision. */
export function formatUncertainty(
  radiusM: number,
  unit: DistanceUnit = "metric",
  loc: FormatLocale = EN_FORMAT,
): string {
  const perUnit = unit === "imperial" ? (radiusM < 0.1 * M_PER_MILE ? M_PER_FOOT : M_PER_MILE) : 1;
  const value = radiusM / perUnit;
  if (!(value > 0)) return formatDistance(radiusM, unit, loc);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  const rounded = Math.round(value / magnitude) * magnitude * perUnit;
  return formatDistance(rounded, unit, loc);
}
