/**
 * Typed errors thrown by the analysis layer. Each carries a machine-readable `code` so callers
 * (the worker, the UI) can tell bad input apart from bugs without parsing messages.
 */

export type AnalysisErrorCode = "invalid-coordinate" | "invalid-argument" | "unsorted-times";

/** Base class of every error thrown on purpose by `src/analysis`. */
export class AnalysisError extends Error {
  readonly code: AnalysisErrorCode;
  constructor(code: AnalysisErrorCode, message: string) {
    super(message);
    this.name = "AnalysisError";
    this.code = code;
  }
}

/**
 * A coordinate is NaN/Infinity, or outside lng ∈ [-180, 180], lat ∈ [-90, 90] (degrees).
 * `index` is the position in the input list when the bad point came from a list.
 */
export class InvalidCoordinateError extends AnalysisError {
  readonly index: number | undefined;
  readonly lngLat: readonly [number, number];
  constructor(lngLat: readonly [number, number], index?: number) {
    const where = index === undefined ? "" : ` at index ${index}`;
    super("invalid-coordinate", `invalid coordinate${where}: [${lngLat[0]}, ${lngLat[1]}]`);
    this.name = "InvalidCoordinateError";
    this.index = index;
    this.lngLat = lngLat;
  }
}

/** A numeric argument (radius, eps, minPoints, uncertainty, step count…) is out of its domain. */
export class InvalidArgumentError extends AnalysisError {
  readonly argument: string;
  constructor(argument: string, detail: string) {
    super("invalid-argument", `${argument} ${detail}`);
    this.name = "InvalidArgumentError";
    this.argument = argument;
  }
}

/** Instants that must be ascending (strikes arrive sorted by tMs) are not, or one is NaN. */
export class UnsortedTimesError extends AnalysisError {
  readonly index: number;
  constructor(index: number) {
    super(
      "unsorted-times",
      `times must be finite and ascending; first violation at index ${index}`,
    );
    this.name = "UnsortedTimesError";
    this.index = index;
  }
}
