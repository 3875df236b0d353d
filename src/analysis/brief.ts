import type { Mission, Strike } from "@/domain/types";
import { strikeMissionDistances } from "./proximity";

/** One strike of a site's brief: how far, in which direction, inside which ring. */
export interface BriefRow {
  readonly strike: Strike;
  readonly distanceM: number;
  readonly minM: number;
  readonly maxM: number;
  /** Bearing from the site to the strike, degrees clockwise from north. */
  readonly bearingDeg: number;
  /** The smallest chosen radius the point lies within. */
  readonly ringM: number;
}

/**
 * The strikes whose point lies within the largest of `radiiM` of `site` (exact geodesic distance),
 * nearest first (ties: earlier first), each with its interval, bearing and smallest ring. Pure.
 */
export function briefRows(
  site: Mission,
  strikes: readonly Strike[],
  radiiM: readonly number[],
): BriefRow[] {
  const radii = [...radiiM].sort((a, b) => a - b);
  const maxM = radii[radii.length - 1] ?? 0;
  const rows: BriefRow[] = [];
  for (const strike of strikes) {
    const [d] = strikeMissionDistances(strike, [site]);
    if (!d || d.distanceM > maxM) continue;
    rows.push({
      strike,
      distanceM: d.distanceM,
      minM: d.minM,
      maxM: d.maxM,
      bearingDeg: d.bearingFromMissionDeg,
      ringM: radii.find((r) => d.distanceM <= r) ?? maxM,
    });
  }
  return rows.sort((a, b) => a.distanceM - b.distanceM || a.strike.tMs - b.strike.tMs);
}

/**
 * Position of a point seen from the site as `[east, north]` metres along the geodesic's distance
 * and bearing (an azimuthal-equidistant view: distances and directions from the site are exact). Pure.
 */
export function fromSite(distanceM: number, bearingDeg: number): [eastM: number, northM: number] {
  const rad = (bearingDeg * Math.PI) / 180;
  return [distanceM * Math.sin(rad), distanceM * Math.cos(rad)];
}
