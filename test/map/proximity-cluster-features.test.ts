import type { Feature, LineString, Point } from "geojson";
import { describe, expect, it } from "vitest";
import type { Mission } from "@/domain/types";
import { badgeLabel, clusterFeatures } from "@/map/clusters/cluster-features";
import { LINES_MAX, ringFeatures, strikeLinkFeatures } from "@/map/proximity/proximity-features";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

const round6 = (c: unknown): unknown =>
  Array.isArray(c) ? c.map(round6) : Math.round((c as number) * 1e6) / 1e6;
const s = strike({ id: "s", time: "2025-11-14T01:00:00+02:00", missionIds: ["m5"] });
const missions = new Map<string, Mission>(
  ["m0", "m1", "m2", "m3", "m4", "m5"].map((id, i) => [
    id,
    { ...embassy, id, name: { en: `M${i}` }, lngLat: [30.5 + i * 0.1, 50.46] },
  ]),
);
const distances = [...missions.keys()].map((missionId, i) => ({
  missionId,
  distanceM: 1000 * (i + 1),
}));

describe("strikeLinkFeatures", () => {
  it("links the nearest missions and any reported one, labelled with distances", () => {
    const features = strikeLinkFeatures(s, distances, missions, "metric");
    const links = features.filter((f) => f.properties?.role === "link");
    expect(links.map((f) => f.properties?.missionId)).toEqual(["m0", "m1", "m2", "m3", "m5"]);
    expect(LINES_MAX).toBe(4);
    const labels = features
      .filter((f) => f.properties?.role === "link-label")
      .map((f) => f.properties?.label);
    expect(labels[0]).toBe("M0: 1.00 km");
    expect(labels[4]).toBe("M5: 6.00 km");
    const first = links[0] as Feature<LineString>;
    // Golden: ends of the geodesic are the strike and the mission, exactly.
    expect(round6(first.geometry.coordinates[0])).toEqual([30.4906, 50.4612]);
    expect(round6(first.geometry.coordinates.at(-1))).toEqual([30.5, 50.46]);
  });
});

describe("ringFeatures", () => {
  it("draws each ring as a closed geodesic circle labelled at its north point", () => {
    const features = ringFeatures(
      embassy,
      [
        { radiusM: 1000, count: 2, possibleCount: 3 },
        { radiusM: 100, count: 1, possibleCount: 1 },
      ],
      "metric",
    );
    const ring = features[0] as Feature<LineString>;
    const coords = ring.geometry.coordinates;
    expect(coords.length).toBe(129);
    expect(coords[0]).toEqual(coords.at(-1));
    const label = features[1] as Feature<Point>;
    // Golden: 1 km due north of (30.49056, 50.46082) on WGS84 is latitude 50.46981 (checked by
    // hand: meridional radius of curvature 6 373 449 m there, 1000 m / M = 0.0089898°).
    expect(round6(label.geometry.coordinates)).toEqual([30.49056, 50.46981]);
    expect(label.properties?.label).toBe("1.00 km · 2 strikes");
    expect(features[3]?.properties?.label).toBe("100 m · 1 strike");
  });

  it("does not mutate its input", () => {
    const rings = Object.freeze([Object.freeze({ radiusM: 500, count: 0, possibleCount: 0 })]);
    expect(() => ringFeatures(Object.freeze({ ...consulate }), rings, "imperial")).not.toThrow();
  });
});

describe("clusterFeatures", () => {
  it("draws a hull or a half-eps circle and a badge at the northernmost member", () => {
    const a = strike({ id: "a", time: "2025-01-01T00:00:00Z", lngLat: [30.5, 50.45] });
    const b = strike({ id: "b", time: "2025-01-01T01:00:00Z", lngLat: [30.51, 50.47] });
    const fc = clusterFeatures(
      [
        {
          id: 0,
          count: 2,
          strikeIds: ["a", "b"],
          startMs: a.tMs,
          endMs: b.tMs,
          centroid: [30.505, 50.46],
          badgeAt: b.lngLat,
        },
      ],
      1000,
      0,
    );
    const [hull, badge] = fc.features;
    expect(hull?.geometry.type).toBe("Polygon");
    expect(hull?.id).toBe(1);
    expect(badge?.geometry).toEqual({ type: "Point", coordinates: [30.51, 50.47] });
    expect(badge?.properties).toEqual({
      role: "badge",
      clusterId: 0,
      count: 2,
      label: "2",
      selected: true,
    });
  });
});

describe("badgeLabel", () => {
  it("shows counts exactly under 1,000 and in thousands rounded down above, four characters at most", () => {
    const cases: [number, string][] = [
      [1, "1"],
      [999, "999"],
      [1000, "1k"],
      [1099, "1k"],
      [1500, "1.5k"],
      [5028, "5k"],
      [9999, "9.9k"],
      [10_000, "10k"],
      [100_028, "100k"],
      [999_999, "999k"],
    ];
    expect(cases.map(([n]) => badgeLabel(n))).toEqual(cases.map(([, label]) => label));
    for (const [, label] of cases) expect(label.length).toBeLessThanOrEqual(4);
  });
});
