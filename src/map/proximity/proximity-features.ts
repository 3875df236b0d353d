import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { geodesicCircle, geodesicLine } from "@/analysis/geodesic";
import type { LngLat, Mission, Strike } from "@/domain/types";
import { i18nFor } from "@/i18n/catalog";
import type { I18n } from "@/i18n/translator";
import { type DistanceUnit, formatDistance, formatSeparation } from "@/lib/format";
import type { IdLookup } from "@/lib/id-lookup";
import type { RingRow } from "@/state/proximity-selectors";

/** How many missions a selected strike is linked to (its reported missions are always included). */
export const LINES_MAX = 4;
const LINE_STEP_M = 5_000;
const RING_STEPS = 128;

export interface MissionDistance {
  readonly missionId: string;
  readonly distanceM: number;
}

const toCoords = (line: readonly LngLat[]) => line.map((p) => [p[0], p[1]]);
const pointFeature = (p: LngLat, properties: Record<string, unknown>): Feature<Point> => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [p[0], p[1]] },
  properties,
});

/**
 * Geodesic lines from `strike` to its nearest missions (distances sorted ascending, as the engine
 * gives them) plus any mission the strike is reported against, each with a distance label at its
 * middle, in the language of `i18n`. Pure; never mutates its inputs.
 */
export function strikeLinkFeatures(
  strike: Strike,
  distances: readonly MissionDistance[],
  missions: IdLookup<Mission>,
  unit: DistanceUnit,
  { t, fmt, name }: I18n = i18nFor("en"),
): Feature<LineString | Point>[] {
  const chosen = distances.filter(
    (d, i) => i < LINES_MAX || strike.missionIds.includes(d.missionId),
  );
  return chosen.flatMap((d) => {
    const mission = missions.get(d.missionId);
    if (!mission) return [];
    const line = geodesicLine(strike.lngLat, mission.lngLat, LINE_STEP_M);
    const mid = line[Math.floor(line.length / 2)] ?? strike.lngLat;
    return [
      {
        type: "Feature",
        geometry: { type: "LineString", coordinates: toCoords(line) },
        properties: { role: "link", missionId: d.missionId },
      } satisfies Feature<LineString>,
      pointFeature(mid, {
        role: "link-label",
        label: t("map.linkLabel", {
          name: name(mission.name),
          distance: formatSeparation(d.distanceM, unit, fmt),
        }),
        rank: distances.indexOf(d),
      }),
    ];
  });
}

/**
 * Range rings (true-metre geodesic circles) around `mission`, labelled at their north point with
 * the radius and the count of the window's strikes inside. Pure.
 */
export function ringFeatures(
  mission: Mission,
  rings: readonly RingRow[],
  unit: DistanceUnit,
  { t, fmt }: I18n = i18nFor("en"),
): Feature<LineString | Point>[] {
  return rings.flatMap((r) => {
    const ring = geodesicCircle(mission.lngLat, r.radiusM, RING_STEPS);
    const north = ring[0] ?? mission.lngLat;
    return [
      {
        type: "Feature",
        geometry: { type: "LineString", coordinates: toCoords(ring) },
        properties: { role: "ring", radiusM: r.radiusM },
      } satisfies Feature<LineString>,
      pointFeature(north, {
        role: "ring-label",
        label: t("map.ringLabel", { radius: formatDistance(r.radiusM, unit, fmt), count: r.count }),
      }),
    ];
  });
}

export function collection(
  features: Feature<LineString | Point>[],
): FeatureCollection<LineString | Point> {
  return { type: "FeatureCollection", features };
}
