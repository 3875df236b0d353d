import type { Point } from "geojson";
import type { BasemapCollection, BasemapFeature, Props } from "./geojson-io";
import { collection, roundPosition } from "./geojson-io";
import type { LabelSeed } from "./names-features";

export type LabelKind = "country" | "sea" | "lake" | "oblast" | "kyiv-district";

function pointOf(f: BasemapFeature): [number, number] {
  if (f.geometry.type !== "Point") throw new Error(`label point expected, got ${f.geometry.type}`);
  const [lng = Number.NaN, lat = Number.NaN] = f.geometry.coordinates;
  return [lng, lat];
}

function label(
  kind: LabelKind,
  lngLat: readonly [number, number],
  en: string,
  uk: string,
  decimals: number,
) {
  const properties: Props = { kind, name_en: en, name_uk: uk };
  const feature: BasemapFeature<Point> = {
    type: "Feature",
    properties,
    geometry: { type: "Point", coordinates: roundPosition([...lngLat], decimals) },
  };
  return feature;
}

/**
 * Every area label as one point layer: hand-placed country and sea labels, then lake, oblast and
 * Kyiv district labels at interior points. Oblast points flagged `label: false` (the two special-status
 * cities) are skipped. Never mutates its inputs.
 */
export function buildLabels(
  seeds: readonly LabelSeed[],
  oblastPoints: BasemapCollection,
  districtPoints: BasemapCollection,
  lakePoints: BasemapCollection,
): BasemapCollection<Point> {
  const out: BasemapFeature<Point>[] = seeds.map((s) => label(s.kind, s.lngLat, s.en, s.uk, 4));
  for (const f of lakePoints.features) {
    const uk = f.properties.name_uk;
    const p = pointOf(f);
    const feature = label(
      "lake",
      p,
      String(f.properties.name_en),
      typeof uk === "string" ? uk : "",
      4,
    );
    if (typeof uk !== "string") delete feature.properties.name_uk;
    out.push(feature);
  }
  for (const f of oblastPoints.features) {
    if (f.properties.label === false) continue;
    out.push(
      label("oblast", pointOf(f), String(f.properties.name_en), String(f.properties.name_uk), 4),
    );
  }
  for (const f of districtPoints.features) {
    out.push(
      label(
        "kyiv-district",
        pointOf(f),
        String(f.properties.name_en),
        String(f.properties.name_uk),
        5,
      ),
    );
  }
  return collection(out);
}
