import { describe, expect, it } from "vitest";
import { LruCache } from "@/workers/lru-cache";

describe("LruCache", () => {
  it("evicts the least recently used entry", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1); // a is now the most recent
    c.set("c", 3);
    expect(c.has("b")).toBe(false);
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
    expect(c.size).toBe(2);
  });

  it("overwrites, deletes and clears", () => {
    const c = new LruCache<string, number>(3);
    c.set("a", 1);
    c.set("a", 2);
    expect(c.get("a")).toBe(2);
    c.delete("a");
    expect(c.get("a")).toBeUndefined();
    c.set("b", 1);
    c.clear();
    expect(c.size).toBe(0);
  });

  it("rejects a capacity below 1", () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
