import { describe, expect, it } from "vitest";
import { StrikeHitIndex } from "@/map/strike-gl/hit-index";
import { mercatorX, mercatorY } from "@/map/strike-gl/instance-data";
import { strike } from "../../helpers/domain-fixtures";

const strikes = Object.freeze(
  [
    [30.49, 50.46],
    [30.4901, 50.4601],
    [36.23, 49.99],
    [30.49, 50.46],
  ].map(([lng, lat], i) =>
    strike({
      id: `s${i}`,
      time: `2025-11-1${i}T01:00:00+02:00`,
      mapId: i + 1,
      lngLat: [lng as number, lat as number],
    }),
  ),
);

describe("StrikeHitIndex", () => {
  const index = new StrikeHitIndex(strikes);
  const at = (lng: number, lat: number) => [mercatorX(lng), mercatorY(lat)] as const;
  const r = 1e-6; // about 25 m at Kyiv

  it("finds the nearest strike inside the time range, the latest on a tie", () => {
    const [x, y] = at(30.49, 50.46);
    expect(index.nearest(x, y, r, 0, 4)).toBe(3);
    expect(index.nearest(x, y, r, 0, 3)).toBe(0);
    expect(index.nearest(x, y, r, 1, 3)).toBe(1);
    expect(index.nearest(x, y, r, 2, 3)).toBeUndefined();
  });
  it("finds nothing beyond the radius, and copes with no strikes", () => {
    const [x, y] = at(33, 48);
    expect(index.nearest(x, y, r, 0, 4)).toBeUndefined();
    expect(new StrikeHitIndex([]).nearest(x, y, 1, 0, 0)).toBeUndefined();
  });
  it("does not mutate its input", () => {
    expect(strikes.map((s) => s.lngLat[0])).toEqual([30.49, 30.4901, 36.23, 30.49]);
  });
});
