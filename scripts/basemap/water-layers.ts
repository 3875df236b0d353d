import { booleanPointInPolygon, coordAll } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import type { BBox } from "./country-layers";
import type { BasemapCollection, Props } from "./geojson-io";
import { parseOutput } from "./geojson-io";
import { loadMapshaper } from "./load-mapshaper";
import { LAKE_NAMES, LAKES_BY_POINT, RIVER_NAMES } from "./names-features";

/**
 * River class from NE's scalerank: 1 = major (Dnipro, Danube), 2 = medium (Desna, Southern Bug),
 * 3 = minor (NE's European supplement).
 */
export function riverClass(scalerank: number): 1 | 2 | 3 {
  if (scalerank <= 4) return 1;
  if (scalerank <= 8) return 2;
  return 3;
}

/** Properties for one NE river feature: curated names when known, else NE's name, and its class. */
export function riverProps(ne: Record<string, unknown>): Props {
  const neName = typeof ne.name === "string" ? ne.name.trim() : "";
  const curated = RIVER_NAMES[neName];
  const props: Props = { class: riverClass(Number(ne.scalerank ?? 99)) };
  const en = curated?.en ?? neName;
  if (en) props.name_en = en;
  if (curated?.uk) props.name_uk = curated.uk;
  return props;
}

/** Properties for one NE lake polygon: curated names, matched by name or by a point inside it. */
export function lakeProps(ne: Record<string, unknown>, geometry: Polygon | MultiPolygon): Props {
  const neName = typeof ne.name === "string" ? ne.name.trim() : "";
  const byName = LAKE_NAMES[neName];
  const byPoint = LAKES_BY_POINT.find((l) =>
    booleanPointInPolygon([l.lngLat[0], l.lngLat[1]], geometry),
  );
  const names = byName ?? byPoint;
  const props: Props = {};
  if (names) {
    props.name_en = names.en;
    if (names.uk) props.name_uk = names.uk;
  }
  if (byName?.drained) props.drained = true;
  return props;
}

function mapFeatures(
  fc: FeatureCollection,
  fn: (props: Record<string, unknown>, f: FeatureCollection["features"][number]) => Props,
): FeatureCollection {
  const features = fc.features.map((f) => ({
    type: "Feature" as const,
    properties: fn(f.properties ?? {}, f),
    geometry: f.geometry,
  }));
  return { type: "FeatureCollection", features };
}

async function clipSimplify(
  fc: FeatureCollection,
  bbox: BBox,
  intervalM: number,
  method: "weighted" | "dp" = "weighted",
): Promise<BasemapCollection> {
  const commands = [
    "-i in.json",
    `-clip bbox=${bbox.join(",")}`,
    `-simplify ${method} interval=${intervalM}m keep-shapes`,
    "-o out.json format=geojson precision=0.0001 geojson-type=FeatureCollection",
  ].join(" ");
  return parseOutput(
    await (await loadMapshaper()).applyCommands(commands, { "in.json": fc }),
    "out.json",
  );
}

/** True for rivers of class 1–2, and for minor rivers (class 3) with a vertex inside `area`. */
export function keepRiver(
  f: Feature<Geometry, Props>,
  area: Feature<Polygon | MultiPolygon>,
): boolean {
  if (Number(f.properties.class) < 3) return true;
  return coordAll(f).some((p) => booleanPointInPolygon(p, area));
}

/**
 * Rivers from NE's two river layers with classes and curated names, clipped to `bbox`; minor
 * rivers only where they flow through `area` (Ukraine). Douglas-Peucker keeps the displacement
 * under `intervalM`.
 */
export async function buildRivers(
  layers: readonly FeatureCollection[],
  bbox: BBox,
  area: Feature<Polygon | MultiPolygon>,
  intervalM: number,
) {
  const merged: FeatureCollection = {
    type: "FeatureCollection",
    features: layers.flatMap((l) => l.features),
  };
  const named = mapFeatures(merged, (p) => riverProps(p)) as FeatureCollection<Geometry, Props>;
  const kept = named.features.filter((f) => keepRiver(f, area));
  return clipSimplify({ type: "FeatureCollection", features: kept }, bbox, intervalM, "dp");
}

/**
 * Lakes and reservoirs from NE's two lake layers, with curated names and the drained flag, plus
 * one interior point per named lake for its label.
 */
export async function buildLakes(
  layers: readonly FeatureCollection[],
  bbox: BBox,
  intervalM: number,
) {
  const merged: FeatureCollection = {
    type: "FeatureCollection",
    features: layers.flatMap((l) => l.features),
  };
  const named = mapFeatures(merged, (p, f) => lakeProps(p, f.geometry as Polygon | MultiPolygon));
  const commands = [
    "-i lakes.json",
    `-clip bbox=${bbox.join(",")}`,
    `-simplify interval=${intervalM}m keep-shapes`,
    "-filter 'name_en != null' + name=points",
    "-points target=points inner",
    "-o target=lakes,points format=geojson precision=0.0001 geojson-type=FeatureCollection",
  ].join(" ");
  const out = await (await loadMapshaper()).applyCommands(commands, { "lakes.json": named });
  return { lakes: parseOutput(out, "lakes.json"), lakePoints: parseOutput(out, "points.json") };
}

/** NE 50m urban areas, clipped and simplified, without attributes. */
export async function buildUrbanAreas(urban: FeatureCollection, bbox: BBox, intervalM: number) {
  return clipSimplify(
    mapFeatures(urban, () => ({})),
    bbox,
    intervalM,
  );
}
