import { describe, expect, it } from "vitest";
import {
  geodesicTerms,
  sliceStrikeColumns,
  strikeColumnsFrom,
  termsOf,
  toPointColumns,
  toStrikeColumns,
} from "@/analysis/columns";
import {
  InvalidArgumentError,
  InvalidCoordinateError,
  UnsortedTimesError,
} from "@/analysis/errors";
import { deepFreeze } from "./helpers";

const strikes = deepFreeze([
  { lngLat: [30.5, 50.45] as const, tMs: 1, uncertaintyM: 100 },
  { lngLat: [36.2, 49.99] as const, tMs: 2, uncertaintyM: 10 },
  { lngLat: [30.7, 46.48] as const, tMs: 2, uncertaintyM: 0 },
]);

describe("columns", () => {
  it("toStrikeColumns copies positions, times, uncertainties and kernel terms", () => {
    const c = toStrikeColumns(strikes);
    expect(Array.from(c.lng)).toEqual([30.5, 36.2, 30.7]);
    expect(Array.from(c.tMs)).toEqual([1, 2, 2]);
    expect(Array.from(c.uncertaintyM)).toEqual([100, 10, 0]);
    expect(c.sinLng[0]).toBeCloseTo(Math.sin((30.5 * Math.PI) / 180), 15);
    expect(termsOf(c)).toBe(c);
    expect(termsOf({ lng: c.lng, lat: c.lat }).cosBeta).toEqual(geodesicTerms(c).cosBeta);
  });

  it("slices without copying", () => {
    const c = toStrikeColumns(strikes);
    const s = sliceStrikeColumns(c, 1, 3);
    expect(Array.from(s.lat)).toEqual([49.99, 46.48]);
    expect(s.lat.buffer).toBe(c.lat.buffer);
  });

  it("rejects bad coordinates, unsorted or NaN times, bad uncertainties and ragged columns", () => {
    expect(() => toStrikeColumns([{ lngLat: [30, 99], tMs: 1, uncertaintyM: 1 }])).toThrow(
      InvalidCoordinateError,
    );
    expect(() => toStrikeColumns([...strikes].reverse())).toThrow(UnsortedTimesError);
    expect(() => toStrikeColumns([{ lngLat: [30, 50], tMs: Number.NaN, uncertaintyM: 1 }])).toThrow(
      UnsortedTimesError,
    );
    expect(() => toStrikeColumns([{ lngLat: [30, 50], tMs: 1, uncertaintyM: -5 }])).toThrow(
      InvalidArgumentError,
    );
    const f = (xs: number[]) => Float64Array.from(xs);
    expect(() => strikeColumnsFrom(f([1, 2]), f([1]), f([1, 2]))).toThrow(InvalidArgumentError);
    expect(() => strikeColumnsFrom(f([1, 2]), f([1, 2]), f([1]))).toThrow(InvalidArgumentError);
    expect(() => toPointColumns({ lng: f([1, Number.NaN]), lat: f([1, 2]) })).toThrow(
      InvalidCoordinateError,
    );
  });

  it("empty input gives empty columns", () => {
    expect(toStrikeColumns([]).tMs).toHaveLength(0);
    expect(toPointColumns([]).lng).toHaveLength(0);
  });
});
