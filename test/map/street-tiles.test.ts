import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  inStreetTiles,
  STREET_TILE_RANGES,
  streetLayers,
  streetSources,
  tileRangeBounds,
} from "@/map/street-tiles";

const DIR = "public/streets/kyiv-2025-08";
const extent = JSON.parse(readFileSync(`${DIR}/extent.json`, "utf8")) as Record<
  string,
  { minX: number; maxX: number; minY: number; maxY: number }
>;
const EMBASSY: [number, number] = [30.49056, 50.46082];

describe("street tiles", () => {
  it("declares exactly the tile ranges that are shipped, and every tile file exists", () => {
    for (const { at } of Object.values(STREET_TILE_RANGES)) {
      const { z, ...range } = at;
      expect(extent[z]).toEqual(range);
      for (let x = range.minX; x <= range.maxX; x++)
        for (let y = range.minY; y <= range.maxY; y++)
          expect(existsSync(`${DIR}/${z}/${x}/${y}.webp`), `${z}/${x}/${y}`).toBe(true);
    }
    expect(existsSync(`${DIR}/SOURCE.txt`)).toBe(true);
  });

  it("computes tile bounds in degrees (z1 tile 0/0 is the north-west quarter)", () => {
    const [w, s, e, n] = tileRangeBounds({ z: 1, minX: 0, maxX: 0, minY: 0, maxY: 0 });
    expect([w, s, e]).toEqual([-180, 0, 0]);
    expect(n).toBeCloseTo(85.0511, 3);
  });

  it("covers the embassy at z15 and not Lviv", () => {
    expect(inStreetTiles(EMBASSY, "embassy")).toBe(true);
    expect(inStreetTiles(EMBASSY, "city")).toBe(true);
    expect(inStreetTiles([24.03, 49.84])).toBe(false);
  });

  it("serves same-origin tiles with a z/x/y template and the OSM credit", () => {
    const sources = streetSources("http://127.0.0.1:4173/app/");
    for (const source of Object.values(sources)) {
      expect(source.type).toBe("raster");
      if (source.type !== "raster") continue;
      expect(source.tiles).toEqual([
        "http://127.0.0.1:4173/app/streets/kyiv-2025-08/{z}/{x}/{y}.webp",
      ]);
      expect(source.attribution).toContain("OpenStreetMap contributors");
    }
    expect(streetLayers().map((l) => l.id)).toEqual(["base-streets-city", "base-streets-embassy"]);
  });
});
