import { describe, expect, it, vi } from "vitest";
import { debounce } from "@/lib/debounce";
import { memoizeLast } from "@/lib/memoize-last";
import { rafThrottle } from "@/lib/raf-throttle";
import { safeHttpUrl } from "@/lib/safe-url";

describe("memoizeLast", () => {
  it("returns the same reference for identical arguments and recomputes on change", () => {
    const fn = vi.fn((a: number[]) => a.map((x) => x * 2));
    const memo = memoizeLast(fn);
    const input = [1, 2];
    const first = memo(input);
    expect(memo(input)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(memo([1, 2])).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(2);
    // One entry: the first input is forgotten.
    expect(memo(input)).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it("keeps the last two calls when asked, the most recently used first", () => {
    const fn = vi.fn((a: number[]) => a.map((x) => x * 2));
    const memo = memoizeLast(fn, 2);
    const [a, b, c] = [[1], [2], [3]];
    const ra = memo(a);
    const rb = memo(b);
    // A value computed ahead (a) survives a call on other arguments (b) meanwhile.
    expect(memo(a)).toBe(ra);
    expect(memo(b)).toBe(rb);
    expect(fn).toHaveBeenCalledTimes(2);
    // b was used last, so c evicts a.
    memo(c);
    expect(memo(b)).toBe(rb);
    expect(fn).toHaveBeenCalledTimes(3);
    expect(memo(a)).not.toBe(ra);
    expect(fn).toHaveBeenCalledTimes(4);
  });
});

describe("rafThrottle", () => {
  it("runs once per frame with the latest arguments", () => {
    const frames: Array<() => void> = [];
    const seen: number[] = [];
    const throttled = rafThrottle(
      (n: number) => seen.push(n),
      (cb) => frames.push(cb),
      () => {},
    );
    throttled(1);
    throttled(2);
    throttled(3);
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(seen).toEqual([3]);
    throttled(4);
    expect(frames).toHaveLength(1);
  });
  it("cancel drops the pending call and flush runs it now", () => {
    const frames: Array<() => void> = [];
    const seen: number[] = [];
    const throttled = rafThrottle(
      (n: number) => seen.push(n),
      (cb) => frames.push(cb),
      () => {},
    );
    throttled(1);
    throttled.cancel();
    frames.shift()?.();
    expect(seen).toEqual([]);
    throttled(5);
    throttled.flush();
    expect(seen).toEqual([5]);
  });
});

describe("safeHttpUrl", () => {
  it("accepts http and https only", () => {
    expect(safeHttpUrl("https://mfa.gov.az/en/news/1")).toBe("https://mfa.gov.az/en/news/1");
    expect(safeHttpUrl("http://example.org")).toBe("http://example.org/");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,<b>x</b>")).toBeUndefined();
    expect(safeHttpUrl("not a url")).toBeUndefined();
  });
});

describe("debounce", () => {
  it("runs once, after the calls stop, with the latest arguments", () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const debounced = debounce((n: number) => seen.push(n), 100);
    debounced(1);
    vi.advanceTimersByTime(60);
    debounced(2);
    vi.advanceTimersByTime(60);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(seen).toEqual([2]);
    debounced(3);
    debounced.cancel();
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([2]);
    vi.useRealTimers();
  });
});
