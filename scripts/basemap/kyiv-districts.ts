import type { FeatureCollection } from "geojson";
import type { BasemapCollection } from "./geojson-io";
import { parseOutput } from "./geojson-io";
import { loadMapshaper } from "./load-mapshaper";
import { DISTRICT_EN_FIXES } from "./names-features";

/** Strips the trailing "district"/"район" from an OSM district name. */
export function shortDistrictName(name: string): string {
  return name.replace(/\s+(district|район)$/i, "").trim();
}

/** Properties for one OSM Kyiv raion: short English (official romanisation) and Ukrainian names. */
export function districtProps(osm: Record<string, unknown>): {
  osm_id: number;
  name_en: string;
  name_uk: string;
} {
  const en = shortDistrictName(String(osm.NAME_EN ?? ""));
  const uk = shortDistrictName(String(osm.NAME ?? ""));
  if (!en || !uk) throw new Error(`Kyiv district ${String(osm.OSM_ID)} lacks a name`);
  return { osm_id: Number(osm.OSM_ID), name_en: DISTRICT_EN_FIXES[en] ?? en, name_uk: uk };
}

export interface KyivLayers {
  readonly districts: BasemapCollection;
  readonly districtPoints: BasemapCollection;
}

/** Kyiv's raions, snapped and cleaned, simplified at city scale (5 decimals), plus label points. */
export async function buildKyivDistricts(
  osm: FeatureCollection,
  intervalM: number,
): Promise<KyivLayers> {
  const features = osm.features.map((f) => ({
    type: "Feature" as const,
    properties: districtProps(f.properties ?? {}),
    geometry: f.geometry,
  }));
  const commands = [
    "-i districts.json snap",
    "-clean",
    `-simplify interval=${intervalM}m keep-shapes`,
    "-points inner + name=points",
    "-o target=districts,points format=geojson precision=0.00001 geojson-type=FeatureCollection",
  ].join(" ");
  const mapshaper = await loadMapshaper();
  const out = await mapshaper.applyCommands(commands, {
    "districts.json": { type: "FeatureCollection", features },
  });
  return {
    districts: parseOutput(out, "districts.json"),
    districtPoints: parseOutput(out, "points.json"),
  };
}
