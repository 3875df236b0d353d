/**
 * GeoJSON (RFC 7946) → Table. Validation by @placemarkio/check-geojson; each issue is located by
 * feature index and JSON path. Points are used as they are; other geometries give a representative
 * point on the feature (Turf's pointOnFeature) with a note. Feature properties are the columns.
 */
import { getIssues, type HintIssue } from "@placemarkio/check-geojson";
import { pointOnFeature } from "@turf/turf";
import type { Feature } from "geojson";
import type { LngLat } from "@/domain/types";
import { pathsAtOffsets } from "./json-path";
import { objectsToRows } from "./json-records";
import type { GeometryPoint, Table } from "./table";
import type { ImportProblem } from "./types";

const GEOMETRY = new Set([
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
]);

export interface GeoJsonTable {
  readonly table?: Table | undefined;
  readonly problems: readonly ImportProblem[];
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** The features of a parsed GeoJSON root, or why there are none. */
function featuresOf(root: unknown): { features: unknown[]; wrapped: boolean } | { error: string } {
  if (!root || typeof root !== "object" || Array.isArray(root)) {
    return { error: `The top level of the file is ${describe(root)}, not a GeoJSON object.` };
  }
  const type = (root as { type?: unknown }).type;
  if (type === "FeatureCollection") {
    const features = (root as { features?: unknown }).features;
    return Array.isArray(features)
      ? { features, wrapped: false }
      : { error: "The FeatureCollection has no “features” array." };
  }
  if (type === "Feature") return { features: [root], wrapped: true };
  if (typeof type === "string" && GEOMETRY.has(type))
    return { features: [{ type: "Feature", geometry: root, properties: {} }], wrapped: true };
  return {
    error: `“type” is ${typeof type === "string" ? `“${type}”` : "missing"}; GeoJSON needs FeatureCollection, Feature or a geometry type (names are case-sensitive).`,
  };
}

function pointOf(feature: unknown): GeometryPoint {
  const geometry = (feature as { geometry?: { type?: string; coordinates?: unknown } } | null)
    ?.geometry;
  if (!geometry)
    return { error: "The feature has no geometry (null), so it has no place on the map." };
  if (geometry.type === "Point") {
    const [lng, lat] = geometry.coordinates as number[];
    return { lngLat: [lng, lat] as LngLat };
  }
  try {
    const c = pointOnFeature(feature as Feature).geometry.coordinates;
    return {
      lngLat: [c[0], c[1]] as LngLat,
      note: `The feature is a ${geometry.type}; a representative point on it is used.`,
    };
  } catch {
    return { error: `No representative point could be found for this ${geometry.type}.` };
  }
}

/** check-geojson wraps some messages as `Invalid JSON: [{"message": …}]`; keep just the words. */
function plainMessage(message: string): string {
  const m = /^Invalid JSON: (\[[\s\S]*\])$/.exec(message);
  if (!m) return message;
  try {
    const inner = JSON.parse(m[1] as string) as { message?: unknown }[];
    const words = inner.map((x) => x.message).filter((x) => typeof x === "string");
    return words.length > 0 ? words.join("; ") : message;
  } catch {
    return message;
  }
}

/** Validates and reads GeoJSON `text` (already known to parse as JSON to `root`). Never throws. */
export function geoJsonTable(text: string, root: unknown): GeoJsonTable {
  const problems: ImportProblem[] = [];
  let issues: HintIssue[] = [];
  try {
    issues = getIssues(text).map((i) => ({ ...i, message: plainMessage(i.message) }));
  } catch (error) {
    problems.push({
      severity: "error",
      reason: `The GeoJSON check failed: ${(error as Error).message}.`,
    });
  }
  const found = featuresOf(root);
  if ("error" in found) {
    problems.push({ severity: "error", path: "", reason: found.error });
    return { problems };
  }
  const paths = pathsAtOffsets(
    text,
    issues.map((i) => i.from),
  );
  const perFeature = new Map<number, { path: string; reason: string }[]>();
  issues.forEach((issue, k) => {
    const path = paths[k] ?? "";
    const m = /^features\[(\d+)\]/.exec(path);
    const index = found.wrapped ? 0 : m ? Number(m[1]) : undefined;
    if (index === undefined) {
      problems.push({
        severity: "error",
        path,
        reason: `${issue.message}${path ? ` (at ${path})` : ""}`,
      });
      return;
    }
    const list = perFeature.get(index) ?? [];
    if (!list.some((x) => x.reason === issue.message && x.path === path))
      list.push({ path, reason: issue.message });
    perFeature.set(index, list);
  });
  return { problems, table: featuresTable(found.features, perFeature, found.wrapped) };
}

/**
 * A Table from GeoJSON features: properties are the columns, geometry the point. Features listed
 * in `invalid` (index → issues) are errors. Used for GeoJSON files and for KML/GPX after togeojson.
 */
export function featuresTable(
  features: readonly unknown[],
  invalid: ReadonlyMap<number, readonly { path: string; reason: string }[]> = new Map(),
  wrapped = false,
  pathPrefix: string | null = "features",
): Table {
  const points: GeometryPoint[] = features.map((f, i) => {
    const bad = invalid.get(i);
    if (bad) {
      const reason = bad
        .map((b) => `${b.reason.replace(/\.$/, "")} (at ${b.path || "the root"})`)
        .join("; ");
      return { error: reason, path: bad[0]?.path };
    }
    if (!f || typeof f !== "object" || (f as { type?: unknown }).type !== "Feature") {
      return { error: "This entry of “features” is not a Feature." };
    }
    return pointOf(f);
  });
  const props = features.map((f) => (f as { properties?: unknown } | null)?.properties ?? {});
  const { headers, rows } = objectsToRows(props);
  const ids = features.map((f) => (f as { id?: unknown } | null)?.id);
  const basePath = (i: number) =>
    pathPrefix === null ? undefined : wrapped ? "" : `${pathPrefix}[${i}]`;
  return {
    headers,
    rows,
    points,
    locate: (i) => ({ featureIndex: i, path: points[i]?.path ?? basePath(i) }),
    fallbackId: (i) => {
      const id = ids[i];
      return typeof id === "string" || typeof id === "number" ? String(id) : `feature-${i}`;
    },
  };
}
