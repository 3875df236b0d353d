import type { FeatureCollection, Point } from "geojson";
import type { BasemapCollection, BasemapFeature, Props } from "./geojson-io";
import { collection, roundPosition } from "./geojson-io";
import type { ExtraPlace } from "./names-places";
import { NE_PLACE_NAMES } from "./names-places";

/**
 * Label priority of a Ukrainian NE place (1 = highest): the capital, then cities of 700k+,
 * then oblast centres or 300k+, then 100k+, then smaller towns.
 */
export function placeRank(populationMax: number, featureClass: string): 1 | 2 | 3 | 4 | 5 {
  if (featureClass === "Admin-0 capital") return 1;
  if (populationMax >= 700_000) return 2;
  if (featureClass === "Admin-1 capital" || populationMax >= 300_000) return 3;
  if (populationMax >= 100_000) return 4;
  return 5;
}

function placeFeature(lngLat: readonly [number, number], props: Props): BasemapFeature<Point> {
  return {
    type: "Feature",
    properties: props,
    geometry: { type: "Point", coordinates: roundPosition([...lngLat], 5) },
  };
}

/** One NE 10m populated place as a basemap place; throws when no curated name exists for it. */
export function placeFromNaturalEarth(
  f: FeatureCollection<Point>["features"][number],
): BasemapFeature<Point> {
  const p = f.properties ?? {};
  const neName = String(p.NAME ?? "");
  const names = NE_PLACE_NAMES[neName];
  if (!names) throw new Error(`no curated name for NE place "${neName}"`);
  const population = Number(p.POP_MAX ?? 0);
  const featureClass = String(p.FEATURECLA ?? "");
  const props: Props = {
    name_en: names.en,
    name_uk: names.uk,
    rank: placeRank(population, featureClass),
    country: "UA",
  };
  if (featureClass === "Admin-0 capital") props.capital = true;
  if (population > 0) props.population = population;
  const [lng = Number.NaN, lat = Number.NaN] = f.geometry.coordinates;
  return placeFeature([lng, lat], props);
}

/** A hand-placed place (see EXTRA_PLACES) as a basemap place. */
export function placeFromExtra(extra: ExtraPlace): BasemapFeature<Point> {
  const props: Props = {
    name_en: extra.en,
    name_uk: extra.uk,
    rank: extra.rank,
    country: extra.country,
  };
  if (extra.capital) props.capital = true;
  return placeFeature(extra.lngLat, props);
}

/**
 * All populated places, most important first (rank, then population), so that files diff
 * cleanly and MapLibre sees big cities first. Never mutates its inputs.
 */
export function buildPlaces(
  ne: FeatureCollection<Point>,
  extras: readonly ExtraPlace[],
): BasemapCollection<Point> {
  const all = [...ne.features.map(placeFromNaturalEarth), ...extras.map(placeFromExtra)];
  const seen = new Set<string>();
  for (const f of all) {
    const key = String(f.properties.name_en);
    if (seen.has(key)) throw new Error(`place "${key}" listed twice`);
    seen.add(key);
  }
  const sorted = [...all].sort(
    (a, b) =>
      Number(a.properties.rank) - Number(b.properties.rank) ||
      Number(b.properties.population ?? 0) - Number(a.properties.population ?? 0) ||
      String(a.properties.name_en).localeCompare(String(b.properties.name_en)),
  );
  return collection(sorted);
}
