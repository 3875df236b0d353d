import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { distanceInterval, geodesicInverse, geodesicLine } from "@/analysis/geodesic";
import type { LngLat, Mission, Strike } from "@/domain/types";
import { i18nFor } from "@/i18n/catalog";
import type { Locale } from "@/i18n/locales";
import { type DistanceUnit, formatDistance, formatSeparation } from "@/lib/format";
import type { IdLookup } from "@/lib/id-lookup";
import { memoizeLast } from "@/lib/memoize-last";
import { selectMissionsById, selectStrikesById } from "./selectors";
import type { MeasurePoint, MeasureRef } from "./slices/tool-slice";
import type { AppState } from "./store";

/** A vertex of the measured path, resolved against the data set. */
export interface MeasureVertex {
  readonly index: number;
  readonly lngLat: LngLat;
  readonly ref?: MeasureRef | undefined;
  /** The snapped strike or mission, when the ref still exists in the data. */
  readonly strike?: Strike | undefined;
  readonly mission?: Mission | undefined;
  /** Location uncertainty in metres: the snapped record's, 0 for a point placed by hand. */
  readonly uncertaintyM: number;
}

export interface MeasureSegment {
  readonly fromIndex: number;
  readonly distanceM: number;
  readonly bearingDeg: number;
  /** Interval from both ends' uncertainty (see `distanceInterval`). */
  readonly minM: number;
  readonly maxM: number;
  /** Points along the geodesic, [lng, lat], for drawing. */
  readonly line: readonly LngLat[];
}

export interface Measurement {
  readonly vertices: readonly MeasureVertex[];
  readonly segments: readonly MeasureSegment[];
  readonly totalM: number;
  /**
   * Bounds of the total: the sums of the segments' bounds. Conservative (each segment's true length
   * lies in its interval, so the sum does), but wider than a joint estimate would be.
   */
  readonly totalMinM: number;
  readonly totalMaxM: number;
  /** True when any vertex carries an uncertainty, so intervals are worth showing. */
  readonly hasUncertainty: boolean;
}

/** Segments longer than this are drawn with intermediate geodesic points. */
const LINE_STEP_M = 2_000;
/** Vertices per drawn segment are capped (about 11 km apart across the map's whole extent). */
const LINE_MAX_SEGMENTS = 256;

function resolveVertex(
  point: MeasurePoint,
  index: number,
  strikes: IdLookup<Strike>,
  missions: IdLookup<Mission>,
): MeasureVertex {
  const strike = point.ref?.kind === "strike" ? strikes.get(point.ref.id) : undefined;
  const mission = point.ref?.kind === "mission" ? missions.get(point.ref.id) : undefined;
  const item = strike ?? mission;
  return {
    index,
    lngLat: item?.lngLat ?? point.lngLat,
    ref: item ? point.ref : undefined,
    strike,
    mission,
    uncertaintyM: item?.uncertaintyM ?? 0,
  };
}

/**
 * Resolves measure points against strikes and missions (a snapped point follows its record) and
 * measures each segment with the exact WGS84 geodesic. Pure; never mutates its inputs.
 */
export function measurePath(
  points: readonly MeasurePoint[],
  strikes: IdLookup<Strike>,
  missions: IdLookup<Mission>,
): Measurement {
  const vertices = points.map((p, i) => resolveVertex(p, i, strikes, missions));
  const segments: MeasureSegment[] = [];
  for (let i = 1; i < vertices.length; i++) {
    const a = vertices[i - 1] as MeasureVertex;
    const b = vertices[i] as MeasureVertex;
    const { distanceM, initialBearingDeg } = geodesicInverse(a.lngLat, b.lngLat);
    const { minM, maxM } = distanceInterval(distanceM, a.uncertaintyM, b.uncertaintyM);
    const line = geodesicLine(a.lngLat, b.lngLat, LINE_STEP_M, LINE_MAX_SEGMENTS);
    segments.push({ fromIndex: i - 1, distanceM, bearingDeg: initialBearingDeg, minM, maxM, line });
  }
  const sum = (f: (s: MeasureSegment) => number) => segments.reduce((acc, s) => acc + f(s), 0);
  return {
    vertices,
    segments,
    totalM: sum((s) => s.distanceM),
    totalMinM: sum((s) => s.minM),
    totalMaxM: sum((s) => s.maxM),
    hasUncertainty: vertices.some((v) => v.uncertaintyM > 0),
  };
}

const measurement = memoizeLast(measurePath);

/** The current measurement, recomputed only when the path or the data set changes. */
export const selectMeasurement = (s: AppState): Measurement =>
  measurement(s.measurePoints, selectStrikesById(s), selectMissionsById(s));

function middleOf(line: readonly LngLat[]): LngLat {
  return line[Math.floor(line.length / 2)] ?? line[0] ?? [0, 0];
}

/**
 * GeoJSON for the map: geodesic segments, vertices (`index`, `snapped`) and distance labels at each
 * segment's middle (`label`, plus the total at the last vertex when there are several segments),
 * worded in `locale`.
 */
export function measureFeatures(
  m: Measurement,
  unit: DistanceUnit,
  locale: Locale = "en",
): FeatureCollection<LineString | Point> {
  const { t, fmt } = i18nFor(locale);
  const features: Feature<LineString | Point>[] = [];
  for (const s of m.segments) {
    features.push({
      type: "Feature",
      geometry: { type: "LineString", coordinates: s.line.map((p) => [p[0], p[1]]) },
      properties: { role: "segment", index: s.fromIndex },
    });
    const mid = middleOf(s.line);
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [mid[0], mid[1]] },
      properties: { role: "label", label: formatSeparation(s.distanceM, unit, fmt) },
    });
  }
  for (const v of m.vertices) {
    features.push({
      type: "Feature",
      id: v.index + 1,
      geometry: { type: "Point", coordinates: [v.lngLat[0], v.lngLat[1]] },
      properties: { role: "vertex", index: v.index, snapped: v.ref !== undefined },
    });
  }
  const last = m.vertices[m.vertices.length - 1];
  if (last && m.segments.length > 1) {
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [last.lngLat[0], last.lngLat[1]] },
      properties: {
        role: "total",
        label: t("map.measureTotal", { distance: formatDistance(m.totalM, unit, fmt) }),
      },
    });
  }
  return { type: "FeatureCollection", features };
}

const features = memoizeLast(measureFeatures);

/** The measurement as map features in the chosen unit. */
export const selectMeasureFeatures = (s: AppState) =>
  features(selectMeasurement(s), s.distanceUnit, s.locale);
