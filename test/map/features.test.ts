import { describe, expect, it } from "vitest";
import type { LngLat } from "@/domain/types";
import {
  isMuted,
  missionHaloFeatures,
  missionPointFeatures,
  strikePointFeatures,
} from "@/map/features";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

const square = (c: LngLat, r: number): LngLat[] => [
  [c[0] - r, c[1]],
  [c[0], c[1] + r],
  [c[0] + r, c[1]],
  [c[0] - r, c[1]],
];

describe("map features", () => {
  it("keeps GL features minimal with integer ids", () => {
    const s = strike({ id: "x", mapId: 7, time: "2025-11-14T01:00:00+02:00" });
    const [f] = strikePointFeatures([s]);
    expect(f).toEqual({
      type: "Feature",
      id: 7,
      geometry: { type: "Point", coordinates: [30.4906, 50.4612] },
      properties: {
        sid: "x",
        icon: "strike-ballistic",
        muted: false,
        label: "14 Nov 2025",
        sortKey: 0,
      },
    });
  });

  it("mutes low-confidence or city-level points", () => {
    expect(isMuted(embassy)).toBe(false);
    expect(isMuted(consulate)).toBe(true);
    expect(missionPointFeatures([consulate])[0]?.properties?.muted).toBe(true);
  });

  it("draws each mission's halo with its own uncertainty radius and kind colour", () => {
    const [halo] = missionHaloFeatures([consulate], square);
    expect(halo?.id).toBe(2);
    expect(halo?.geometry.coordinates[0]?.[0]).toEqual([36.23 - 5000, 49.99]);
    expect(halo?.properties).toEqual({ color: "#1976d2", muted: true });
  });
});
