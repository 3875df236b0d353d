import { describe, expect, it } from "vitest";
import { geodesicInverse } from "@/analysis/geodesic";
import { findStacks } from "@/analysis/stacks";

const EMBASSY: [number, number] = [30.49056, 50.46082];
/** A point `northM` metres north and `eastM` east of `from` (flat approximation, fine at metres). */
const offset = (from: [number, number], northM: number, eastM: number): [number, number] => [
  from[0] + eastM / (111_320 * Math.cos((from[1] * Math.PI) / 180)),
  from[1] + northM / 110_574,
];

describe("findStacks", () => {
  it("groups identical coordinates and leaves single points out", () => {
    const stacks = findStacks([
      { id: "a", lngLat: EMBASSY },
      { id: "lone", lngLat: offset(EMBASSY, 200, 0) },
      { id: "b", lngLat: EMBASSY },
      { id: "c", lngLat: EMBASSY },
    ]);
    expect(stacks).toEqual([{ ids: ["a", "b", "c"], lngLat: EMBASSY }]);
  });

  it("joins near-identical points within the tolerance, not those just beyond it", () => {
    const near = offset(EMBASSY, 2, 1);
    const far = offset(EMBASSY, 0, 4);
    const dNear = geodesicInverse(EMBASSY, near).distanceM;
    const dFar = geodesicInverse(EMBASSY, far).distanceM;
    expect(dNear).toBeLessThan(3);
    expect(dFar).toBeGreaterThan(3);
    expect(
      findStacks([
        { id: "a", lngLat: EMBASSY },
        { id: "near", lngLat: near },
      ]),
    ).toHaveLength(1);
    expect(
      findStacks([
        { id: "a", lngLat: EMBASSY },
        { id: "far", lngLat: far },
      ]),
    ).toEqual([]);
  });

  it("chains across grid cells and keeps separate stacks apart, in input order", () => {
    const other = offset(EMBASSY, 500, 500);
    const stacks = findStacks([
      { id: "x1", lngLat: other },
      { id: "a", lngLat: EMBASSY },
      { id: "b", lngLat: offset(EMBASSY, 2.5, 0) },
      { id: "c", lngLat: offset(EMBASSY, 5, 0) },
      { id: "x2", lngLat: other },
    ]);
    expect(stacks.map((s) => s.ids)).toEqual([
      ["x1", "x2"],
      ["a", "b", "c"],
    ]);
  });

  it("handles an empty input and many points on one spot", () => {
    expect(findStacks([])).toEqual([]);
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, lngLat: EMBASSY }));
    expect(findStacks(many)[0]?.ids).toHaveLength(500);
  });
});
