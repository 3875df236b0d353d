import type { FeatureCollection } from "geojson";
import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";

/** Per map, the ids of the GeoJSON sources whose data is known to have no features. */
const knownEmpty = new WeakMap<MaplibreMap, Set<string>>();

function emptyIds(map: MaplibreMap): Set<string> {
  let ids = knownEmpty.get(map);
  if (!ids) {
    ids = new Set();
    knownEmpty.set(map, ids);
  }
  return ids;
}

/** Adds a GeoJSON source with no features, remembered as empty (see {@link setSourceData}). */
export function addEmptySource(map: MaplibreMap, id: string): void {
  map.addSource(id, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
  emptyIds(map).add(id);
}

/**
 * Sets a GeoJSON source's data, except an empty collection for a source known to be empty: each
 * setData is a worker round trip and a repaint, and at start every overlay would send one (three
 * frames before the data, measured). A source rebuilt after a lost context keeps its data, so
 * what is known stays true.
 */
export function setSourceData(map: MaplibreMap, id: string, data: FeatureCollection): void {
  const source = map.getSource<GeoJSONSource>(id);
  if (!source) return;
  const ids = emptyIds(map);
  const empty = data.features.length === 0;
  if (empty && ids.has(id)) return;
  if (empty) ids.add(id);
  else ids.delete(id);
  source.setData(data);
}
