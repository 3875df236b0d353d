/** Which format a file holds, from its first bytes and text (the extension only breaks ties). */
import type { ImportFormat } from "./types";

const GEOJSON_TYPES =
  /"type"\s*:\s*"(FeatureCollection|Feature|Point|MultiPoint|LineString|MultiLineString|Polygon|MultiPolygon|GeometryCollection)"/i;

/** True when the bytes start a ZIP archive (KMZ). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The format of a decoded text; `fileName` decides only when the content does not. Pure. */
export function sniffText(fileName: string, text: string): ImportFormat {
  const head = text.slice(0, 4096).trimStart();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (head.startsWith("<")) {
    if (/<gpx[\s>]/i.test(head)) return "gpx";
    if (/<kml[\s>]/i.test(head)) return "kml";
    return ext === "gpx" ? "gpx" : "kml";
  }
  if (head.startsWith("{") || head.startsWith("[")) {
    if (GEOJSON_TYPES.test(head) || ext === "geojson") return "geojson";
    if (head.startsWith("[") || /"events"\s*:/.test(head)) return "timemap";
    return "geojson";
  }
  if (ext === "geojson") return "geojson";
  return "csv";
}
