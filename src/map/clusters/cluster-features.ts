import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import { geodesicCircle } from "@/analysis/geodesic";
import type { ClusterView } from "@/state/slices/proximity-slice";

const CIRCLE_STEPS = 48;

/**
 * The count a badge shows: exact under 1,000, then thousands rounded down ("1.5k", "9.9k", "12k",
 * "100k"), so that it fits the badge's disc (four characters at most) and never overstates. The
 * cluster's details give the exact count. Pure.
 */
export function badgeLabel(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${Math.floor(count / 100) / 10}k`;
  return `${Math.floor(count / 1000)}k`;
}

/**
 * Map features for clusters: an outline (the engine's hull, or a circle of half the clustering
 * distance around the centroid when there is no hull) and a count badge anchored at the cluster's
 * northernmost strike. Feature ids are cluster id + 1 (GL needs positive integers). Pure.
 */
export function clusterFeatures(
  clusters: readonly ClusterView[],
  epsM: number,
  selectedId: number | undefined,
): FeatureCollection<Point | Polygon> {
  const features: Feature<Point | Polygon>[] = [];
  for (const c of clusters) {
    const ring =
      c.hull && c.hull.length >= 4
        ? c.hull
        : geodesicCircle(c.centroid, Math.max(epsM / 2, 50), CIRCLE_STEPS);
    const top = c.badgeAt;
    const selected = c.id === selectedId;
    features.push({
      type: "Feature",
      id: c.id + 1,
      geometry: { type: "Polygon", coordinates: [ring.map((p) => [p[0], p[1]])] },
      properties: { role: "hull", clusterId: c.id, selected },
    });
    features.push({
      type: "Feature",
      id: c.id + 1,
      geometry: { type: "Point", coordinates: [top[0], top[1]] },
      properties: {
        role: "badge",
        clusterId: c.id,
        count: c.count,
        label: badgeLabel(c.count),
        selected,
      },
    });
  }
  return { type: "FeatureCollection", features };
}
