import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from "geojson";
import type { BasemapCollection, BasemapFeature } from "./geojson-io";
import { collection, parseOutput } from "./geojson-io";
import { loadMapshaper } from "./load-mapshaper";
import { KYIV_CITY_ADM1, OBLAST_NAMES } from "./names-features";

export type BBox = readonly [west: number, south: number, east: number, north: number];

export interface CountryInputs {
  readonly admin1: FeatureCollection;
  readonly coastline: FeatureCollection;
  readonly borderLines: FeatureCollection;
}

export interface CountryLayers {
  readonly sea: BasemapCollection;
  readonly ukraine: BasemapCollection;
  readonly oblastLines: BasemapCollection;
  readonly borders: BasemapCollection;
  /** One interior point per oblast (for labels), with the oblast's names. */
  readonly oblastPoints: BasemapCollection;
}

/** The clip box's outline as a closed line, so the coastline plus frame enclose faces. */
function frameLine(bbox: BBox): Feature<LineString> {
  const [w, s, e, n] = bbox;
  const ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return {
    type: "Feature",
    properties: { frame: true },
    geometry: { type: "LineString", coordinates: ring },
  };
}

function admin1WithNames(admin1: FeatureCollection): FeatureCollection {
  const features = admin1.features.map((f) => {
    const id = String(f.properties?.adm1_code ?? "");
    const names = OBLAST_NAMES[id];
    if (!names) throw new Error(`no curated name for admin-1 unit ${id}`);
    const properties = { id, name_en: names.en, name_uk: names.uk, label: names.label ?? true };
    return { type: "Feature" as const, properties, geometry: f.geometry };
  });
  return { type: "FeatureCollection", features };
}

/** Land borders, minus NE's "Disputed" line across the Crimean isthmus (an oblast boundary here). */
function internationalBorders(lines: FeatureCollection): FeatureCollection {
  const features = lines.features
    .filter((f) => String(f.properties?.featurecla ?? "").startsWith("International boundary"))
    .map((f) => {
      const p = f.properties ?? {};
      const ukraine = p.adm0_a3_l === "UKR" || p.adm0_a3_r === "UKR";
      return { type: "Feature" as const, properties: { ukraine }, geometry: f.geometry };
    });
  return { type: "FeatureCollection", features };
}

/**
 * Keeps the faces that contain a sea seed. Throws if a seed falls in no face, so a changed
 * clip box or coastline cannot silently drop a sea. Never mutates the input.
 */
export function pickSeaFaces(
  faces: BasemapCollection,
  seeds: readonly (readonly [number, number])[],
): BasemapCollection {
  const polygons = faces.features.filter(
    (f): f is BasemapFeature<Polygon | MultiPolygon> =>
      f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon",
  );
  const picked = new Set<BasemapFeature<Polygon | MultiPolygon>>();
  for (const seed of seeds) {
    const face = polygons.find((f) => booleanPointInPolygon([seed[0], seed[1]], f));
    if (!face) throw new Error(`sea seed ${seed.join(",")} lies in no coastline face`);
    picked.add(face);
  }
  return collection(
    [...picked].map((f) => ({ type: "Feature", properties: {}, geometry: f.geometry })),
  );
}

/**
 * Builds the country-scale layers in one mapshaper session so that Ukraine's outline, the oblast
 * lines, the land borders and the sea share arcs (identical vertices) and simplify identically.
 */
export async function buildCountryLayers(
  input: CountryInputs,
  bbox: BBox,
  seaSeeds: readonly (readonly [number, number])[],
  intervalM: number,
): Promise<CountryLayers> {
  const kyiv = `'${KYIV_CITY_ADM1}'`;
  const commands = [
    "-i admin1.json coast.json borders.json frame.json combine-files snap",
    "-clean target=admin1",
    `-clip bbox=${bbox.join(",")} target=coast,borders`,
    "-merge-layers target=coast,frame name=shore force",
    "-polygons target=shore gap-tolerance=0.000001",
    "-dissolve target=admin1 + name=ukraine",
    `-innerlines target=admin1 + name=inner where="A.id != ${kyiv} && B.id != ${kyiv}"`,
    `-innerlines target=admin1 + name=kyivline where="A.id == ${kyiv} || B.id == ${kyiv}"`,
    "-each target=inner 'kyiv_city=false'",
    "-each target=kyivline 'kyiv_city=true'",
    "-merge-layers target=inner,kyivline name=oblastlines force",
    "-points target=admin1 inner + name=oblastpoints",
    `-simplify interval=${intervalM}m keep-shapes target=*`,
    "-o target=shore,ukraine,oblastlines,borders,oblastpoints format=geojson precision=0.0001 geojson-type=FeatureCollection",
  ].join(" ");
  const mapshaper = await loadMapshaper();
  const out = await mapshaper.applyCommands(commands, {
    "admin1.json": admin1WithNames(input.admin1),
    "coast.json": input.coastline,
    "borders.json": internationalBorders(input.borderLines),
    "frame.json": { type: "FeatureCollection", features: [frameLine(bbox)] },
  });
  const ukraine = parseOutput(out, "ukraine.json");
  return {
    sea: pickSeaFaces(parseOutput(out, "shore.json"), seaSeeds),
    ukraine: collection(
      ukraine.features.map((f) => ({
        ...f,
        properties: { name_en: "Ukraine", name_uk: "Україна" },
      })),
    ),
    oblastLines: parseOutput(out, "oblastlines.json"),
    borders: parseOutput(out, "borders.json"),
    oblastPoints: parseOutput(out, "oblastpoints.json"),
  };
}
