import { describe, expect, it } from "vitest";
import { FLOATS_PER_STRIKE } from "@/map/strike-gl/instance-data";
import {
  FLOATS_PER_VERTEX,
  quadVertices,
  VERTICES_PER_STRIKE,
} from "@/map/strike-gl/quad-vertices";

describe("quadVertices", () => {
  // Two strikes with distinct records: 1..7 and 11..17.
  const records = Float32Array.from({ length: 2 * FLOATS_PER_STRIKE }, (_, i) =>
    i < FLOATS_PER_STRIKE ? i + 1 : i + 4,
  );
  const out = quadVertices(records);
  const vertex = (strike: number, v: number) => {
    const at = (strike * VERTICES_PER_STRIKE + v) * FLOATS_PER_VERTEX;
    return Array.from(out.subarray(at, at + FLOATS_PER_VERTEX));
  };

  it("gives each strike six vertices carrying its record, in strike order", () => {
    expect(out.length).toBe(2 * VERTICES_PER_STRIKE * FLOATS_PER_VERTEX);
    for (let v = 0; v < VERTICES_PER_STRIKE; v++) {
      expect(vertex(0, v).slice(2)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(vertex(1, v).slice(2)).toEqual([11, 12, 13, 14, 15, 16, 17]);
    }
  });

  it("covers the whole quad with two triangles that share its diagonal", () => {
    const corners = Array.from({ length: VERTICES_PER_STRIKE }, (_, v) =>
      vertex(1, v).slice(0, 2).join(","),
    );
    expect(new Set(corners)).toEqual(new Set(["-1,-1", "1,-1", "-1,1", "1,1"]));
    // Each triangle has non-zero area (no degenerate halves) and together they cover area 4.
    const area = (t: number[][]) =>
      Math.abs(
        ((t[1]?.[0] ?? 0) - (t[0]?.[0] ?? 0)) * ((t[2]?.[1] ?? 0) - (t[0]?.[1] ?? 0)) -
          ((t[2]?.[0] ?? 0) - (t[0]?.[0] ?? 0)) * ((t[1]?.[1] ?? 0) - (t[0]?.[1] ?? 0)),
      ) / 2;
    const tri = (first: number) => [0, 1, 2].map((k) => vertex(0, first + k).slice(0, 2));
    expect(area(tri(0))).toBe(2);
    expect(area(tri(3))).toBe(2);
  });

  it("is empty for no strikes", () => {
    expect(quadVertices(new Float32Array(0)).length).toBe(0);
  });
});
