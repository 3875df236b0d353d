/**
 * Plain baselines measured in the same run as Nearmiss's code: the straightforward Turf loops a
 * developer would write first, and naive scans for the time queries.
 */
import { clustersDbscan, distance, featureCollection, point } from "@turf/turf";

type Pt = [number, number];

/** Nearest mission per strike with turf.distance (haversine, km) over coordinate arrays. */
export function turfNearest(strikes: readonly Pt[], missions: readonly Pt[]): Int32Array {
  const out = new Int32Array(strikes.length);
  for (let i = 0; i < strikes.length; i++) {
    const s = strikes[i] as Pt;
    let best = Number.POSITIVE_INFINITY;
    for (let j = 0; j < missions.length; j++) {
      const d = distance(s, missions[j] as Pt, { units: "kilometers" });
      if (d < best) {
        best = d;
        out[i] = j;
      }
    }
  }
  return out;
}

/** Strikes in `[startMs, endMs)` by a linear filter over the times. */
export function scanWindow(tMs: Float64Array, startMs: number, endMs: number): number {
  let n = 0;
  for (let i = 0; i < tMs.length; i++) {
    const t = tMs[i] as number;
    if (t >= startMs && t < endMs) n++;
  }
  return n;
}

/** Per-day counts in a time zone by formatting every instant with Intl (the naive way). */
export function naiveDayBins(tMs: Float64Array, timeZone: string): Map<string, number> {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const counts = new Map<string, number>();
  for (let i = 0; i < tMs.length; i++) {
    const key = f.format(tMs[i] as number);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** turf.clustersDbscan labels as [clusterId or -1, "core"|"edge"|"noise"] per point. */
export function turfDbscan(
  points: readonly Pt[],
  epsM: number,
  minPoints: number,
): [number, string][] {
  const fc = featureCollection(points.map((p) => point(p)));
  const out = clustersDbscan(fc, epsM / 1000, { units: "kilometers", minPoints });
  return out.features.map((f) => {
    const p = f.properties as { cluster?: number; dbscan?: string };
    return [p.cluster ?? -1, p.dbscan ?? "noise"];
  });
}
