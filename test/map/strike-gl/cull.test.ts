import { describe, expect, it } from "vitest";
import {
  CELLS_PER_PX,
  type CullView,
  createCullScratch,
  cullHidden,
  MUTED_PER_PIXEL,
} from "@/map/strike-gl/cull";
import { FLOATS_PER_STRIKE, HIDDEN } from "@/map/strike-gl/instance-data";

/**
 * A 100 × 100 px view of the Mercator square around (0.5, 0.5): clip = 2·(pos − centre)·1000, so
 * one Mercator unit is 100 000 px: screen x = 50 + 100 000·dx (y downwards, as MapLibre's).
 */
const VIEW: CullView = {
  matrix: [2000, 0, 0, 0, 0, -2000, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
  cx: 0.5,
  cy: 0.5,
  widthPx: 100,
  heightPx: 100,
  marginPx: 10,
};

/** Records at screen points (px), each `muted` (0 opaque, 1 half-transparent, HIDDEN). */
function records(points: readonly { x: number; y: number; muted?: number }[]): Float32Array {
  const out = new Float32Array(points.length * FLOATS_PER_STRIKE);
  points.forEach((p, i) => {
    const o = i * FLOATS_PER_STRIKE;
    out[o] = 0.5 + (p.x - 50) / 100_000;
    out[o + 1] = 0.5 + (p.y - 50) / 100_000;
    out[o + 6] = p.muted ?? 0;
  });
  return out;
}

function cull(points: readonly { x: number; y: number; muted?: number }[], lo = 0, hi?: number) {
  const scratch = createCullScratch();
  const n = cullHidden(records(points), lo, hi ?? points.length, VIEW, scratch);
  return Array.from(scratch.kept.subarray(0, n));
}

describe("cullHidden", () => {
  it("keeps only the newest opaque symbol of a stack centred in one cell", () => {
    expect(cull(Array.from({ length: 10 }, () => ({ x: 20.1, y: 30.1 })))).toEqual([9]);
  });

  it("keeps the newest eight half-transparent symbols of a stack, in time order", () => {
    const stack = Array.from({ length: 12 }, () => ({ x: 20.1, y: 30.1, muted: 1 }));
    expect(cull(stack)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(MUTED_PER_PIXEL).toBe(8);
  });

  it("keeps half-transparent symbols down to the first opaque one under them", () => {
    const stack = [0, 0, 0, 1, 1, 1].map((muted) => ({ x: 20.1, y: 30.1, muted }));
    expect(cull(stack)).toEqual([2, 3, 4, 5]);
  });

  it("keeps symbols centred in different cells, and skips the ones the filters hide", () => {
    const step = 1 / CELLS_PER_PX;
    const points = [
      { x: 20.1, y: 30.1 },
      { x: 20.1 + step, y: 30.1 },
      { x: 20.1, y: 30.1 + step },
      { x: 20.1, y: 30.1, muted: HIDDEN },
    ];
    expect(cull(points)).toEqual([0, 1, 2]);
  });

  it("keeps symbols whose centre is off screen by less than the margin, drops the rest", () => {
    const points = [
      { x: -9, y: 50 },
      { x: -11, y: 50 },
      { x: 109, y: 50 },
      { x: 111, y: 50 },
      { x: 50, y: -9.5 },
      { x: 50, y: 110.5 },
      { x: 50, y: 50 },
    ];
    expect(cull(points)).toEqual([0, 2, 4, 6]);
  });

  it("reads only the window [lo, hi)", () => {
    const points = Array.from({ length: 6 }, (_, i) => ({ x: 10 + i * 5, y: 50 }));
    expect(cull(points, 2, 5)).toEqual([2, 3, 4]);
  });

  it("reuses its scratch arrays and gives the same answer on the second call", () => {
    const scratch = createCullScratch();
    const data = records(Array.from({ length: 50 }, (_, i) => ({ x: i * 2, y: 40, muted: 1 })));
    const first = cullHidden(data, 0, 50, VIEW, scratch);
    const counts = scratch.counts;
    expect(cullHidden(data, 0, 50, VIEW, scratch)).toBe(first);
    expect(scratch.counts).toBe(counts);
    expect(first).toBe(50);
  });
});
