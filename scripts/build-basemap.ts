/**
 * Regenerates the embedded offline basemap (geo/basemap/*.geojson) from the original sources.
 * A dev tool: the app and the tests only read its output.
 *
 *   npm ci --prefix scripts/basemap   # once: mapshaper, pinned in scripts/basemap/package-lock.json
 *   npx tsx scripts/build-basemap.ts [dataDir=/work/shared/data] [outDir=geo/basemap]
 *
 * mapshaper is kept out of the app's own install: its optional better-sqlite3 dependency would
 * compile native code on every fresh `npm ci` (and fail where no compiler exists).
 */
import { statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Feature, MultiPolygon, Point, Polygon } from "geojson";
import { BASEMAP_BOUNDS } from "@/map/basemap-style";
import { buildCountryLayers } from "./basemap/country-layers";
import type { BasemapCollection } from "./basemap/geojson-io";
import { readGeoJson, stringifyCollection } from "./basemap/geojson-io";
import { buildKyivDistricts } from "./basemap/kyiv-districts";
import { buildLabels } from "./basemap/labels";
import { LABEL_SEEDS, SEA_SEEDS } from "./basemap/names-features";
import { EXTRA_PLACES } from "./basemap/names-places";
import { buildPlaces } from "./basemap/places";
import { buildLakes, buildRivers, buildUrbanAreas } from "./basemap/water-layers";

/** Simplification resolution per layer, in metres (NE 10m is a 1:10 million source). */
const INTERVAL_M = { country: 200, rivers: 400, lakes: 200, urban: 200, kyiv: 10 } as const;
/** Raw size budget for all basemap GeoJSON together. */
const BUDGET_BYTES = 600 * 1024;

const NE = "natural-earth-ukraine-subset";

function ukraineArea(ukraine: BasemapCollection): Feature<Polygon | MultiPolygon> {
  const f = ukraine.features[0];
  if (f?.geometry.type !== "Polygon" && f?.geometry.type !== "MultiPolygon")
    throw new Error("no Ukraine outline");
  return f as Feature<Polygon | MultiPolygon>;
}

async function main(dataDir: string, outDir: string): Promise<void> {
  const read = (path: string) => readGeoJson(dataDir, path);
  const bbox = BASEMAP_BOUNDS;
  const country = await buildCountryLayers(
    {
      admin1: read("natural-earth-admin1-ukraine/ukr.admin1.geojson"),
      coastline: read(`${NE}/ne_10m_coastline.ukraine_bbox.geojson`),
      borderLines: read(`${NE}/ne_10m_admin_0_boundary_lines_land.ukraine_bbox.geojson`),
    },
    bbox,
    SEA_SEEDS,
    INTERVAL_M.country,
  );
  const rivers = await buildRivers(
    [
      read(`${NE}/ne_10m_rivers_lake_centerlines.ukraine_bbox.geojson`),
      read(`${NE}/ne_10m_rivers_europe.ukraine_bbox.geojson`),
    ],
    bbox,
    ukraineArea(country.ukraine),
    INTERVAL_M.rivers,
  );
  const lakes = await buildLakes(
    [
      read(`${NE}/ne_10m_lakes.ukraine_bbox.geojson`),
      read(`${NE}/ne_10m_lakes_europe.ukraine_bbox.geojson`),
    ],
    bbox,
    INTERVAL_M.lakes,
  );
  const urban = await buildUrbanAreas(
    read(`${NE}/ne_50m_urban_areas.ukraine_bbox.geojson`),
    bbox,
    INTERVAL_M.urban,
  );
  const kyiv = await buildKyivDistricts(
    read("osm-kyiv-districts/kyiv_districts.geojson"),
    INTERVAL_M.kyiv,
  );
  const placesIn = read(`${NE}/ne_10m_populated_places.UKR.geojson`) as Parameters<
    typeof buildPlaces
  >[0];
  const places = buildPlaces(placesIn, EXTRA_PLACES);
  const labels = buildLabels(
    LABEL_SEEDS,
    country.oblastPoints,
    kyiv.districtPoints,
    lakes.lakePoints,
  );

  const files: Record<string, BasemapCollection | BasemapCollection<Point>> = {
    "sea.geojson": country.sea,
    "ukraine.geojson": country.ukraine,
    "oblast-lines.geojson": country.oblastLines,
    "borders.geojson": country.borders,
    "lakes.geojson": lakes.lakes,
    "rivers.geojson": rivers,
    "urban.geojson": urban,
    "kyiv-districts.geojson": kyiv.districts,
    "places.geojson": places,
    "labels.geojson": labels,
  };
  let total = 0;
  for (const [name, fc] of Object.entries(files)) {
    const path = join(outDir, name);
    writeFileSync(path, stringifyCollection(fc));
    const bytes = statSync(path).size;
    total += bytes;
    console.log(
      `${name.padEnd(24)} ${String(fc.features.length).padStart(4)} features ${String(bytes).padStart(8)} B`,
    );
  }
  console.log(`${"total".padEnd(38)} ${String(total).padStart(8)} B (budget ${BUDGET_BYTES} B)`);
  if (total > BUDGET_BYTES) throw new Error("basemap over its size budget");
}

const [dataArg, outArg] = process.argv.slice(2);
await main(resolve(dataArg ?? "/work/shared/data"), resolve(outArg ?? "geo/basemap"));
