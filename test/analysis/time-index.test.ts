import { describe, expect, it } from "vitest";
import { UnsortedTimesError } from "@/analysis/errors";
import { assertTimesSorted, countInWindow, lowerBound, windowRange } from "@/analysis/time-index";
import { deepFreeze, rng } from "./helpers";

const r = rng(3);
const times = Float64Array.from({ length: 5000 }, () => Math.floor(r() * 1e6)).sort();

describe("windowRange", () => {
  it("returns exactly the instants in [startMs, endMs) (vs a linear scan, 2000 windows)", () => {
    for (let k = 0; k < 2000; k++) {
      const a = Math.floor(r() * 1.1e6) - 5e4;
      const w = { startMs: a, endMs: a + Math.floor(r() * 2e5) };
      const [lo, hi] = windowRange(times, w);
      const inside = Array.from(times.keys()).filter(
        (i) => (times[i] as number) >= w.startMs && (times[i] as number) < w.endMs,
      );
      expect([lo, hi]).toEqual(
        inside.length ? [inside[0], (inside.at(-1) as number) + 1] : [lo, lo],
      );
      expect(countInWindow(times, w)).toBe(inside.length);
    }
  });

  it("is closed-open and keeps duplicates together", () => {
    const t = [10, 20, 20, 20, 30];
    expect(windowRange(t, { startMs: 20, endMs: 30 })).toEqual([1, 4]);
    expect(windowRange(t, { startMs: 20, endMs: 20 })).toEqual([1, 1]);
    expect(windowRange(t, { startMs: 0, endMs: 1000 })).toEqual([0, 5]);
    expect(windowRange(t, { startMs: 31, endMs: 1000 })).toEqual([5, 5]);
  });

  it("empty input, inverted window and NaN bounds give empty ranges", () => {
    expect(windowRange([], { startMs: 0, endMs: 10 })).toEqual([0, 0]);
    expect(windowRange([1, 2, 3], { startMs: 3, endMs: 1 })).toEqual([2, 2]);
    const [lo, hi] = windowRange([1, 2, 3], { startMs: Number.NaN, endMs: 10 });
    expect(hi - lo).toBe(0);
  });

  it("needs O(log n) reads: ≤ 2·⌈log2 n⌉ + 2 for 1M instants", () => {
    const big = Float64Array.from({ length: 1_000_000 }, (_, i) => i * 3);
    let reads = 0;
    const counting = new Proxy(big, {
      get(target, prop) {
        if (typeof prop === "string" && /^\d+$/.test(prop)) reads++;
        const v = Reflect.get(target, prop, target);
        return typeof v === "function" ? v.bind(target) : v;
      },
    }) as unknown as ArrayLike<number>;
    expect(windowRange(counting, { startMs: 1_234_567, endMs: 2_000_000 })).toEqual([
      411_523, 666_667,
    ]);
    expect(reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1_000_000)) + 2);
  });

  it("lowerBound respects its [lo, hi) arguments", () => {
    expect(lowerBound([1, 2, 3, 4], 3, 0, 2)).toBe(2);
    expect(lowerBound([1, 2, 3, 4], 0, 1, 4)).toBe(1);
  });

  it("does not mutate its input", () => {
    const t = deepFreeze([1, 2, 3]);
    windowRange(t, { startMs: 1, endMs: 2 });
    expect(t).toEqual([1, 2, 3]);
  });
});

describe("assertTimesSorted", () => {
  it("accepts ascending (with ties) and rejects descending or NaN with the index", () => {
    expect(() => assertTimesSorted([1, 1, 2])).not.toThrow();
    expect(() => assertTimesSorted([])).not.toThrow();
    try {
      assertTimesSorted([1, 3, 2]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnsortedTimesError);
      expect((e as UnsortedTimesError).index).toBe(2);
    }
    expect(() => assertTimesSorted([1, Number.NaN])).toThrow(UnsortedTimesError);
  });
});
