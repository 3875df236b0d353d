import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from "geojson";

export type Props = Record<string, string | number | boolean>;
export type BasemapFeature<G extends Geometry = Geometry> = Feature<G, Props>;
export type BasemapCollection<G extends Geometry = Geometry> = FeatureCollection<G, Props>;

/** Reads and parses a JSON file under `dir`. */
export function readGeoJson(
  dir: string,
  relPath: string,
): FeatureCollection<Geometry, GeoJsonProperties> {
  return JSON.parse(readFileSync(join(dir, relPath), "utf8")) as FeatureCollection;
}

/** Parses one named output of `mapshaper.applyCommands`; throws if mapshaper did not write it. */
export function parseOutput(out: Record<string, string>, name: string): BasemapCollection {
  const text = out[name];
  if (text === undefined) throw new Error(`mapshaper produced no ${name}`);
  return JSON.parse(text) as BasemapCollection;
}

/** Rounds a number to `decimals` places, turning -0 into 0. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f + 0;
}

/** A new `[lng, lat]` position rounded to `decimals`; never mutates the input. */
export function roundPosition(position: Position, decimals: number): [number, number] {
  return [
    roundTo(position[0] ?? Number.NaN, decimals),
    roundTo(position[1] ?? Number.NaN, decimals),
  ];
}

/**
 * Serialises a FeatureCollection with one feature per line (small, diff-friendly files).
 * Key order is kept as given, so callers build properties in a fixed order.
 */
export function stringifyCollection(fc: { features: readonly unknown[] }): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}

/** A FeatureCollection of the given features. */
export function collection<G extends Geometry>(
  features: BasemapFeature<G>[],
): BasemapCollection<G> {
  return { type: "FeatureCollection", features };
}
