/** The shape every format is reduced to before records are built: headers, string rows, where. */
import type { LngLat } from "@/domain/types";
import type { ImportProblem } from "./types";

export type Place = Pick<ImportProblem, "row" | "featureIndex" | "path">;

/** A point taken from a file's geometry: the position, or why there is none, plus any caveat. */
export interface GeometryPoint {
  readonly lngLat?: LngLat | undefined;
  readonly error?: string | undefined;
  readonly note?: string | undefined;
  /** JSON path of the problem, when more precise than the feature's own path. */
  readonly path?: string | undefined;
}

export interface Table {
  readonly headers: readonly string[];
  /** Cell text by header index; missing cells are "". */
  readonly rows: readonly (readonly string[])[];
  /** Where row i sits in the file, for problems. */
  locate(i: number): Place;
  /** The id a row gets when no id column says one ("row-12", "feature-3"). */
  fallbackId(i: number): string;
  /** Points from the file's geometry (GeoJSON/KML/GPX), one per row. */
  readonly points?: readonly GeometryPoint[] | undefined;
}
