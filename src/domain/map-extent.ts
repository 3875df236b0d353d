/**
 * The area the map can show (MapLibre's maxBounds): Ukraine with a margin wide enough for its
 * neighbours. A measurement point or any other place read from a link must fall inside it.
 */
export const MAP_MAX_BOUNDS = { minLng: 16, minLat: 40, maxLng: 48, maxLat: 55.5 } as const;

/** True when [lng, lat] lies inside {@link MAP_MAX_BOUNDS} (edges included). Pure. */
export function insideMapBounds(lng: number, lat: number): boolean {
  const b = MAP_MAX_BOUNDS;
  return lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat;
}

/** The most points one measurement may have (drawn or read from a link). */
export const MAX_MEASURE_POINTS = 100;
