import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import { MISSION_SYMBOLS, WEAPON_SYMBOLS } from "@/domain/symbols";
import type { LngLat, Mission, Provenance, Strike } from "@/domain/types";
import { EN_FORMAT, type FormatLocale, formatDate } from "@/lib/format";

/** Builds a closed ring of a circle of `radiusM` metres around `center` ([lng, lat]). */
export type RingBuilder = (center: LngLat, radiusM: number) => LngLat[];

/** Low confidence or a city-level point: drawn in a visibly muted style. */
export function isMuted(p: Provenance): boolean {
  return p.confidence === "low" || p.locationPrecision === "city";
}

/** Minimal point features for GL: integer id for feature-state, a few properties, full records stay in the store. */
export function strikePointFeatures(strikes: readonly Strike[]): Feature<Point>[] {
  return strikes.map((s, i) => strikePointFeature(s, i));
}

/**
 * The point feature of the strike at time-order index `i` (see strikePointFeatures); its label is
 * the date in the language of `loc`.
 */
export function strikePointFeature(
  s: Strike,
  i: number,
  loc: FormatLocale = EN_FORMAT,
): Feature<Point> {
  return {
    type: "Feature",
    id: s.mapId,
    geometry: { type: "Point", coordinates: [s.lngLat[0], s.lngLat[1]] },
    properties: {
      sid: s.id,
      icon: WEAPON_SYMBOLS[s.weaponClass].id,
      muted: isMuted(s),
      label: formatDate(s.tMs, "Europe/Kyiv", loc),
      sortKey: i,
    },
  };
}

/** The missions as map points, labelled by `nameOf` (the name in the interface language). */
export function missionPointFeatures(
  missions: readonly Mission[],
  nameOf: (name: Mission["name"]) => string = (n) => n.en,
): Feature<Point>[] {
  return missions.map((m) => ({
    type: "Feature",
    id: m.mapId,
    geometry: { type: "Point", coordinates: [m.lngLat[0], m.lngLat[1]] },
    properties: {
      mid: m.id,
      icon: MISSION_SYMBOLS[m.kind].id,
      muted: isMuted(m),
      label: nameOf(m.name),
    },
  }));
}

function haloFeature(
  item: Provenance & { mapId: number; lngLat: LngLat },
  color: string,
  ring: RingBuilder,
): Feature<Polygon> {
  return {
    type: "Feature",
    id: item.mapId,
    geometry: {
      type: "Polygon",
      coordinates: [ring(item.lngLat, item.uncertaintyM).map((p) => [p[0], p[1]])],
    },
    properties: { color, muted: isMuted(item) },
  };
}

export function missionHaloFeatures(
  missions: readonly Mission[],
  ring: RingBuilder,
): Feature<Polygon>[] {
  return missions.map((m) => haloFeature(m, MISSION_SYMBOLS[m.kind].fill, ring));
}

export function featureCollection<G extends Point | Polygon>(
  features: Feature<G>[],
): FeatureCollection<G> {
  return { type: "FeatureCollection", features };
}
