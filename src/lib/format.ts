import { dateTimeFormat } from "./date-time-format";

export type DistanceUnit = "metric" | "imperial";

const M_PER_MILE = 1609.344;
const M_PER_FOOT = 0.3048;

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

/**
 * Formats a distance given in metres with a precision that suits its size.
 * Metric: "8.4 m", "48 m", "1.23 km", "12.3 km", "123 km". Imperial: "157 ft", "0.42 mi", "12.3 mi".
 */
export function formatDistance(distanceM: number, unit: DistanceUnit = "metric"): string {
  if (!Number.isFinite(distanceM)) return "—";
  if (unit === "imperial") {
    const miles = distanceM / M_PER_MILE;
    if (miles < 0.1) return `${Math.round(distanceM / M_PER_FOOT)} ft`;
    if (miles < 10) return `${fixed(miles, 2)} mi`;
    if (miles < 100) return `${fixed(miles, 1)} mi`;
    return `${Math.round(miles)} mi`;
  }
  if (distanceM === 0) return "0 m";
  if (distanceM < 10) return `${fixed(distanceM, 1)} m`;
  if (distanceM < 1000) return `${Math.round(distanceM)} m`;
  const km = distanceM / 1000;
  if (km < 10) return `${fixed(km, 2)} km`;
  if (km < 100) return `${fixed(km, 1)} km`;
  return `${Math.round(km)} km`;
}

/** Formats an interval in metres as "0–210 m" (same unit on both ends when they share one). */
export function formatDistanceInterval(
  minM: number,
  maxM: number,
  unit: DistanceUnit = "metric",
): string {
  const lo = formatDistance(minM, unit);
  const hi = formatDistance(maxM, unit);
  const [loValue, loUnit] = lo.split(" ");
  const [hiValue, hiUnit] = hi.split(" ");
  if (loUnit !== undefined && loUnit === hiUnit) return `${loValue}–${hiValue} ${hiUnit}`;
  return `${lo} – ${hi}`;
}

const COMPASS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;

/** Formats a bearing in degrees clockwise from north as "237° SW". */
export function formatBearing(bearingDeg: number): string {
  const deg = ((bearingDeg % 360) + 360) % 360;
  const point = COMPASS[Math.round(deg / 45) % 8] ?? "N";
  return `${Math.round(deg) % 360}° ${point}`;
}

function dayFormat(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  return dateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
  });
}

/** Formats an epoch-ms instant in an IANA time zone as "14 Nov 2025, 01:00". */
export function formatDateTime(tMs: number, timeZone = "Europe/Kyiv"): string {
  return dayFormat(timeZone, true).format(tMs);
}

/** Formats an epoch-ms instant's calendar date in an IANA time zone as "14 Nov 2025". */
export function formatDate(tMs: number, timeZone = "Europe/Kyiv"): string {
  return dayFormat(timeZone, false).format(tMs);
}

/** The UTC offset of `timeZone` at `tMs`, as "+02:00". */
export function utcOffsetLabel(tMs: number, timeZone: string): string {
  const parts = dateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(tMs)
    .find((p) => p.type === "timeZoneName");
  const text = parts?.value ?? "GMT";
  return text === "GMT" ? "+00:00" : text.replace("GMT", "");
}

export type TimePrecisionLike = "minute" | "hour" | "day" | "night" | "window" | "month" | "year";

const DAY_MS = 86_400_000;

/**
 * A reported window, never its midpoint: "2 Jan 2024, between 07:30 and 09:00" within one day,
 * "between 28 Apr 2022 and 28 Aug 2025" (dates only) for a window of a day or more.
 */
export function formatTimeWindow(startMs: number, endMs: number, timeZone = "Europe/Kyiv"): string {
  if (endMs - startMs >= DAY_MS) {
    return `between ${formatDate(startMs, timeZone)} and ${formatDate(endMs, timeZone)}`;
  }
  const hhmm = (t: number) => formatDateTime(t, timeZone).split(", ")[1] ?? "";
  const d0 = formatDate(startMs, timeZone);
  const d1 = formatDate(endMs, timeZone);
  return d0 === d1
    ? `${d0}, between ${hhmm(startMs)} and ${hhmm(endMs)}`
    : `between ${d0}, ${hhmm(startMs)} and ${d1}, ${hhmm(endMs)}`;
}

/**
 * Formats an instant no more precisely than it is known: "14 Nov 2025, 01:00" (minute/hour),
 * "14 Nov 2025" (day), "night of 13–14 Nov 2025" (night; an instant before noon belongs to the
 * night that began the previous evening), "Apr 2022" (month), "2022" (year), and for a window its
 * bounds (see formatTimeWindow) — or, without them, the date and "time not reported".
 */
export function formatAtPrecision(
  tMs: number,
  precision: TimePrecisionLike,
  timeZone = "Europe/Kyiv",
  window?: { readonly startMs: number; readonly endMs: number },
): string {
  if (precision === "minute" || precision === "hour") return formatDateTime(tMs, timeZone);
  if (precision === "window") {
    return window
      ? formatTimeWindow(window.startMs, window.endMs, timeZone)
      : `${formatDate(tMs, timeZone)}, time not reported`;
  }
  if (precision === "day") return formatDate(tMs, timeZone);
  if (precision === "month" || precision === "year") {
    return dateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      ...(precision === "month" ? { month: "short" } : {}),
    }).format(tMs);
  }
  const hour = Number(
    dateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(tMs),
  );
  const eveningMs = hour < 12 ? tMs - 86_400_000 : tMs;
  const morningMs = eveningMs + 86_400_000;
  const [d1, m1, y1] = formatDate(eveningMs, timeZone).split(" ");
  const [d2, m2, y2] = formatDate(morningMs, timeZone).split(" ");
  if (m1 === m2 && y1 === y2) return `night of ${d1}–${d2} ${m2} ${y2}`;
  if (y1 === y2) return `night of ${d1} ${m1} – ${d2} ${m2} ${y2}`;
  return `night of ${d1} ${m1} ${y1} – ${d2} ${m2} ${y2}`;
}

/** Below this, two mapped points are the same point (a record placed on another's coordinates). */
export const SAME_POINT_M = 0.5;

/**
 * Formats the distance between two mapped points. Identical points read "same mapped point", not
 * "0 m": a strike recorded on a mission's coordinates was not located independently, and "0 m"
 * would be quoted as a fact.
 */
export function formatSeparation(distanceM: number, unit: DistanceUnit = "metric"): string {
  return distanceM < SAME_POINT_M ? "same mapped point" : formatDistance(distanceM, unit);
}

/** A bearing, or a dash when the two points coincide and no direction exists. */
export function formatBearingBetween(bearingDeg: number, distanceM: number): string {
  return distanceM < SAME_POINT_M ? "—" : formatBearing(bearingDeg);
}

/** A stated uncertainty radius, rounded to two significant figures so a conversion adds no precision. */
export function formatUncertainty(radiusM: number, unit: DistanceUnit = "metric"): string {
  const perUnit = unit === "imperial" ? (radiusM < 0.1 * M_PER_MILE ? M_PER_FOOT : M_PER_MILE) : 1;
  const value = radiusM / perUnit;
  if (!(value > 0)) return formatDistance(radiusM, unit);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  const rounded = Math.round(value / magnitude) * magnitude * perUnit;
  return formatDistance(rounded, unit);
}
