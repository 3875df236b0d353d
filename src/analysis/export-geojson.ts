import type { Mission, Strike } from "@/domain/types";
import { exportSiteDistances, round1 as r1 } from "./export-distances";
import type { ExportMeasure, ExportMeta } from "./export-meta";
import { layerLabel } from "./export-table";

const provenance = (r: Strike | Mission) => ({
  confidence: r.confidence,
  location_precision: r.locationPrecision,
  uncertainty_m: r.uncertaintyM,
  ...(r.locationMethod !== undefined ? { location_method: r.locationMethod } : {}),
  sources: r.sources.map(({ archiveUrl, ...s }) =>
    archiveUrl ? { ...s, archive_url: archiveUrl } : { ...s },
  ),
  disputed: r.disputed.map((d) => ({ ...d })),
});

/** A strike as a Feature with exactly the property names of geo/strikes.geojson (parse-geo reads it back). Pure. */
export function strikeFeature(s: Strike) {
  return {
    type: "Feature" as const,
    id: s.id,
    geometry: { type: "Point" as const, coordinates: [s.lngLat[0], s.lngLat[1]] },
    properties: {
      id: s.id,
      name: { ...s.name },
      time: s.time,
      time_precision: s.timePrecision,
      ...(s.timeWindow
        ? {
            time_window: {
              start: new Date(s.timeWindow.startMs).toISOString(),
              end: new Date(s.timeWindow.endMs).toISOString(),
            },
          }
        : {}),
      ...(s.timeNote !== undefined ? { time_note: s.timeNote } : {}),
      weapon_class: s.weaponClass,
      weapon_text: s.weaponText,
      description: s.description,
      damage: s.damage,
      casualties: { ...s.casualties },
      mission_ids: [...s.missionIds],
      ...(s.reportedDistances
        ? {
            reported_distance: s.reportedDistances.map((d) => ({
              mission_id: d.missionId,
              ...(d.minM !== undefined ? { min_m: d.minM } : {}),
              ...(d.maxM !== undefined ? { max_m: d.maxM } : {}),
              wording: d.wording,
            })),
          }
        : {}),
      ...provenance(s),
    },
  };
}

/** A site as a Feature with the property names of geo/missions.geojson. Pure. */
export function missionFeature(m: Mission) {
  return {
    type: "Feature" as const,
    id: m.id,
    geometry: { type: "Point" as const, coordinates: [m.lngLat[0], m.lngLat[1]] },
    properties: {
      id: m.id,
      name: { ...m.name },
      kind: m.kind,
      ...(m.address !== undefined ? { address: m.address } : {}),
      description: m.description,
      ...(m.flag !== undefined ? { flag: m.flag } : {}),
      ...provenance(m),
    },
  };
}

/**
 * The shown strikes as a FeatureCollection that geo/strikes.geojson's parser reads back unchanged:
 * features carry only the data set's own properties; `metadata` holds the dataset version, title,
 * licence, window with zone, filters and permalink. What the data set has no property for goes in
 * the foreign member `nearmiss` (RFC 7946 §6.1): per strike its layer and the distance, interval
 * and bearing to every site; the sites as a FeatureCollection; the measurement as a LineString
 * Feature. Pure.
 */
export function toGeoJson(
  meta: ExportMeta,
  strikes: readonly Strike[],
  missions: readonly Mission[],
  measure?: ExportMeasure | undefined,
) {
  return {
    type: "FeatureCollection" as const,
    metadata: {
      version: meta.datasetVersion,
      title: meta.title,
      licence: meta.licence,
      window: meta.window,
      filters: meta.filters,
      permalink: meta.permalink,
      ...(meta.dataSource ? { data_source: meta.dataSource } : {}),
    },
    features: strikes.map(strikeFeature),
    nearmiss: {
      strikes: Object.fromEntries(
        strikes.map((s) => [
          s.id,
          {
            layer: layerLabel(s, meta.layerNames),
            sites: exportSiteDistances(s, missions).map((d) => ({
              mission_id: d.missionId,
              distance_m: d.distanceM,
              min_m: d.minM,
              max_m: d.maxM,
              bearing_from_site_deg: d.bearingFromSiteDeg,
            })),
          },
        ]),
      ),
      sites: {
        type: "FeatureCollection" as const,
        metadata: {
          version: meta.datasetVersion,
          title: `${meta.title}: sites`,
          licence: meta.licence,
        },
        features: missions.map(missionFeature),
      },
      measurement: measure
        ? {
            type: "Feature" as const,
            geometry: {
              type: "LineString" as const,
              coordinates: measure.points.map(([lng, lat]) => [lng, lat]),
            },
            properties: { kind: "measurement", total_m: r1(measure.totalM) },
          }
        : null,
    },
  };
}
