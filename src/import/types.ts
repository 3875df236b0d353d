/**
 * Types of the import pipeline (issue 10): files in, ordinary Strike/Mission records out, with
 * every row that could not be used (or was used with a caveat) reported as an ImportProblem.
 */
import type { Mission, Strike } from "@/domain/types";

/** Whether a file holds strikes (events) or sites to protect. */
export type ImportTarget = "strikes" | "sites";
export type ImportFormat = "geojson" | "csv" | "kml" | "kmz" | "gpx" | "timemap";
/** Order of day, month and year in a numeric date such as 03/04/2025. */
export type DateOrder = "dmy" | "mdy" | "ymd";

/** Which input column feeds which field (CSV-like inputs). Column names as in the header. */
export interface ColumnMapping {
  readonly lat?: string;
  readonly lon?: string;
  /** One column holding "lat, lon". */
  readonly latLon?: string;
  /** One column holding WKT `POINT (lon lat)`. */
  readonly wkt?: string;
  readonly date?: string;
  /** A separate time-of-day column, combined with `date`. */
  readonly time?: string;
  readonly dateOrder?: DateOrder;
  readonly name?: string;
  readonly description?: string;
  readonly weapon?: string;
  readonly links?: readonly string[];
  readonly uncertainty?: string;
  readonly id?: string;
  readonly confidence?: string;
  readonly precision?: string;
}

export interface ImportSettings {
  readonly target: ImportTarget;
  /** IANA zone used for times without an offset; default "Europe/Kyiv". */
  readonly zone: string;
  /** Radius used (and flagged) when a record states no uncertainty; user-set, default 500. */
  readonly defaultUncertaintyM: number;
  /** The layer id the records get (ids are prefixed with it). */
  readonly layerId: string;
  /** A mapping the user chose in the dialog; absent → detected. */
  readonly mapping?: ColumnMapping | undefined;
}

/** One row/feature that could not be used, or was used with a caveat (severity "note"). */
export interface ImportProblem {
  readonly severity: "error" | "note";
  /** 1-based data row number as a spreadsheet shows it (header = row 1). */
  readonly row?: number | undefined;
  /** GeoJSON/KML feature index (0-based). */
  readonly featureIndex?: number | undefined;
  /** JSON path, e.g. "features[3].geometry.coordinates". */
  readonly path?: string | undefined;
  /** Plain words a person can act on. */
  readonly reason: string;
}

/** Asked when detection is unsure (ambiguous date order, two candidate columns). */
export interface MappingRequest {
  readonly headers: readonly string[];
  /** First ≤ 5 rows. */
  readonly previewRows: readonly (readonly string[])[];
  readonly guess: ColumnMapping;
  /** Why the user must choose. */
  readonly reasons: readonly string[];
  /** Header signature, key for remembering the choice. */
  readonly signature: string;
  /** True when each row's place comes from its geometry (GeoJSON, KML, GPX): no coordinate columns to choose. */
  readonly hasGeometry?: boolean | undefined;
}

export interface ImportOutcome {
  readonly fileName: string;
  readonly format: ImportFormat;
  readonly totalRows: number;
  /** mapId 0; the store assigns mapIds. */
  readonly strikes: readonly Strike[];
  /** mapId 0. */
  readonly missions: readonly Mission[];
  readonly problems: readonly ImportProblem[];
  /** The columns the rows were read with, detected or chosen (absent when nothing was read). */
  readonly mapping?: ColumnMapping | undefined;
  /** Set when the user must confirm a mapping before anything is imported (strikes/missions empty then). */
  readonly needsMapping?: MappingRequest | undefined;
}

/** Files over this size (100 MB) are refused before any parsing. */
export const MAX_IMPORT_BYTES: number = 100 * 1024 * 1024;

/** Settings a caller starts from: strikes, Kyiv time, 500 m default radius. */
export const DEFAULT_IMPORT_SETTINGS: Omit<ImportSettings, "layerId"> = {
  target: "strikes",
  zone: "Europe/Kyiv",
  defaultUncertaintyM: 500,
};
