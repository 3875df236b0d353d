import { describe, expect, it } from "vitest";
import {
  featuresInView,
  firstInOrder,
  type NavItem,
  nextInDirection,
} from "@/analysis/feature-nav";

const at = (id: string, lng: number, lat: number, kind: NavItem["kind"] = "strike"): NavItem => ({
  kind,
  id,
  lngLat: [lng, lat],
});
// A plus sign around c: n above, s below, w left, e right; far-e further right, off out of view.
const c = at("c", 30, 50);
const n = at("n", 30, 50.1);
const s = at("s", 30, 49.9);
const w = at("w", 29.9, 50.01);
const e = at("e", 30.1, 49.99);
const farE = at("far-e", 30.3, 50);
const off = at("off", 40, 50);
const site = at("site", 30.05, 49.95, "mission");
const view = [29, 49, 31, 51] as const;

describe("featuresInView", () => {
  it("keeps what is in view: sites first, then strikes top-to-bottom, left-to-right", () => {
    const got = featuresInView([site], [c, n, s, w, e, farE, off], view, 100);
    expect(got.map((x) => x.id)).toEqual(["site", "n", "w", "c", "far-e", "e", "s"]);
  });
  it("drops strikes past the limit but never sites", () => {
    const got = featuresInView([site], [c, n, s], view, 2);
    expect(got.map((x) => x.id)).toEqual(["site", "n"]);
    expect(featuresInView([site], [c], view, 0).map((x) => x.id)).toEqual(["site"]);
  });
});

describe("firstInOrder", () => {
  it("equals the first k of a full sort, for any k, with ties kept stable", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const items = Array.from({ length: 500 }, (_, i) => ({ i, v: Math.floor(rnd() * 50) }));
    const order = (a: { v: number }, b: { v: number }) => a.v - b.v;
    const sorted = [...items].sort(order);
    for (const k of [0, 1, 7, 300, 499, 500, 600])
      expect(firstInOrder(items, k, order)).toEqual(sorted.slice(0, k));
  });
});

describe("nextInDirection", () => {
  const items = [c, n, s, w, e, farE];
  it("moves to the nearest feature in the arrow's direction", () => {
    expect(items[nextInDirection(items, 0, "up")]?.id).toBe("n");
    expect(items[nextInDirection(items, 0, "down")]?.id).toBe("s");
    expect(items[nextInDirection(items, 0, "left")]?.id).toBe("w");
    expect(items[nextInDirection(items, 0, "right")]?.id).toBe("e");
    expect(items[nextInDirection(items, 4, "right")]?.id).toBe("far-e");
  });
  it("stays put when nothing lies that way, and starts at the first item", () => {
    expect(nextInDirection(items, 5, "right")).toBe(5);
    expect(nextInDirection(items, -1, "up")).toBe(0);
    expect(nextInDirection([], -1, "up")).toBe(-1);
  });
});
