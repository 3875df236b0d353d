import type { Mission, Strike } from "@/domain/types";
import { strikeMissionDistances } from "./proximity";

/** Metres (or degrees) to 0.1, as every export writes them. Pure. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** One site's distance to a strike as the exports write it (0.1 m, 0.1°). */
export interface ExportSiteDistance {
  readonly missionId: string;
  readonly distanceM: number;
  readonly minM: number;
  readonly maxM: number;
  /** Bearing from the site to the strike, degrees clockwise from north. */
  readonly bearingFromSiteDeg: number;
}

/**
 * The exact geodesic distance, uncertainty interval and bearing from every site to a strike,
 * nearest first, rounded to 0.1 — the figures both the table (CSV) and GeoJSON exports carry. Pure.
 */
export function exportSiteDistances(
  strike: Strike,
  missions: readonly Mission[],
): ExportSiteDistance[] {
  return strikeMissionDistances(strike, missions).map((d) => ({
    missionId: d.missionId,
    distanceM: round1(d.distanceM),
    minM: round1(d.minM),
    maxM: round1(d.maxM),
    bearingFromSiteDeg: round1(d.bearingFromMissionDeg),
  }));
}
