import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseStrikes } from "@/domain/parse-geo";
import { UKRAINE_BBOX } from "@/domain/schema";
import {
  syntheticColumns,
  syntheticStrikeCollection,
  syntheticStrikesJson,
} from "../../scripts/synthetic-strikes";

describe("synthetic strike generator (scripts/synthetic-strikes.ts)", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(syntheticStrikesJson(200, 7)).toBe(syntheticStrikesJson(200, 7));
    expect(syntheticStrikesJson(200, 7)).not.toBe(syntheticStrikesJson(200, 8));
  });

  it("writes valid strikes in the geo/strikes.geojson format, clearly marked synthetic", () => {
    const fc = syntheticStrikeCollection(500, 3);
    expect(fc.metadata.synthetic).toBe(true);
    const { items, issues } = parseStrikes(fc, "synthetic.geojson");
    expect(issues).toEqual([]);
    expect(items).toHaveLength(500);
    for (const s of items) {
      expect(s.name.en).toMatch(/^Synthetic strike \d+$/);
      expect(s.sources[0]?.url).toBe("https://example.org/synthetic");
      expect(s.lngLat[0]).toBeGreaterThanOrEqual(UKRAINE_BBOX.minLng);
      expect(s.lngLat[1]).toBeLessThanOrEqual(UKRAINE_BBOX.maxLat);
    }
    // Features are already in time order.
    expect(items.map((s) => s.id)).toEqual(fc.features.map((f) => f.id));
  });

  it("columns are sorted by time and agree with the GeoJSON", () => {
    const c = syntheticColumns(300, 5);
    for (let i = 1; i < 300; i++) expect(c.tMs[i]).toBeGreaterThanOrEqual(c.tMs[i - 1] as number);
    const fc = syntheticStrikeCollection(300, 5);
    expect(fc.features[10]?.geometry.coordinates).toEqual([c.lng[10], c.lat[10]]);
    expect(Date.parse(fc.features[10]?.properties.time ?? "")).toBe(c.tMs[10]);
    expect(syntheticColumns(0).tMs).toHaveLength(0);
    expect(() => syntheticColumns(-1)).toThrow(RangeError);
  });

  it("works as a CLI", () => {
    const dir = mkdtempSync(join(tmpdir(), "synthetic-"));
    const out = join(dir, "s.geojson");
    execFileSync("npx", ["tsx", "scripts/synthetic-strikes.ts", "25", out, "9"], {
      stdio: "ignore",
    });
    expect(readFileSync(out, "utf8")).toBe(syntheticStrikesJson(25, 9));
  }, 30_000);
});
