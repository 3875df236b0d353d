import type { LngLat } from "@/domain/types";
import { geodesicInverse } from "./geodesic";

/** What every export says about itself: which data, which window, which filters, which link. */
export interface ExportMeta {
  readonly title: string;
  readonly datasetVersion: string;
  readonly licence: string;
  /** The time window as text with its zone, e.g. "2025-11-13 18:00 – 2025-11-14 06:00 (Europe/Kyiv)". */
  readonly window: string;
  /** The filters in words ("none" when nothing is hidden). */
  readonly filters: string;
  readonly permalink: string;
  /** Set when the data on screen is not the bundled data set (a link's data file), naming it. */
  readonly dataSource?: string | undefined;
  /** Imported layers' file names by layer id: the `layer` column names the file a row came from. */
  readonly layerNames?: Readonly<Record<string, string>> | undefined;
}

/** The measured path as drawn: its vertices and geodesic length. */
export interface ExportMeasure {
  readonly points: readonly LngLat[];
  readonly totalM: number;
}

/** A measurement from its vertices (geodesic leg lengths summed); undefined with fewer than 2. Pure. */
export function measureOf(points: readonly LngLat[]): ExportMeasure | undefined {
  if (points.length < 2) return undefined;
  let totalM = 0;
  for (let i = 1; i < points.length; i++)
    totalM += geodesicInverse(points[i - 1] as LngLat, points[i] as LngLat).distanceM;
  return { points, totalM };
}

/** The metadata as `[key, value]` pairs in a fixed order (CSV comment lines, KML ExtendedData). */
export function metaPairs(meta: ExportMeta): [string, string][] {
  return [
    ["title", meta.title],
    ["dataset_version", meta.datasetVersion],
    ["licence", meta.licence],
    ["window", meta.window],
    ["filters", meta.filters],
    ["permalink", meta.permalink],
    ...(meta.dataSource ? [["data_source", meta.dataSource] as [string, string]] : []),
  ];
}
