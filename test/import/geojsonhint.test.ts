/**
 * geojsonhint's fixtures (copied with licence into test/fixtures/geojsonhint-import/) through the
 * importer: each invalid file gives a specific error problem, each valid one imports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";

const DIR = "test/fixtures/geojsonhint-import";
const list = (kind: string) => readdirSync(join(DIR, kind)).filter((f) => f.endsWith(".geojson"));
const settings = {
  target: "sites",
  zone: "Europe/Kyiv",
  defaultUncertaintyM: 500,
  layerId: "L",
} as const;
const load = (kind: string, file: string) =>
  importBytes(file, readFileSync(join(DIR, kind, file)), settings);

/**
 * geojsonhint flags these as advisories (winding order, a one-geometry collection, precision);
 * RFC 7946 says parsers must not reject them, and check-geojson does not. They import.
 */
const ADVISORY = new Set([
  "polygon_winding_order.geojson",
  "bad-polygon-interiorring-rhr.geojson",
  "geometrycollection_single.geojson",
  "excessive_precision_truncated.geojson",
]);

/** Valid GeoJSON that still cannot be a site, each for its own stated reason. */
const VALID_BUT_NO_PLACE: Record<string, string> = {
  "nullgeometry.geojson": "has no geometry",
  "nullproperties.geojson": "0, 0 is a placeholder",
  "issue82.geojson": "outside −90…90",
};

describe("geojsonhint fixtures through importBytes", () => {
  const bad = list("bad").filter((f) => !ADVISORY.has(f));

  it("copied the whole oracle", () => {
    expect(bad.length + ADVISORY.size).toBe(44);
    expect(list("good").length).toBe(18);
  });

  it.each(bad)("rejects bad/%s with a specific, located problem", async (file) => {
    const outcome = await load("bad", file);
    const errors = outcome.problems.filter((p) => p.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.reason.length).toBeGreaterThan(15);
      expect(e.reason).not.toMatch(/\[object|undefined|\{\s*"message"/);
    }
    // Where the file parses, the problem says where it is (feature index or JSON path).
    if (file !== "bad-json.geojson") {
      expect(errors.some((e) => e.featureIndex !== undefined || e.path !== undefined)).toBe(true);
    }
  });

  it("names the place of a bad coordinate inside a collection", async () => {
    const outcome = await load("bad", "stringcoord.geojson");
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({
        severity: "error",
        featureIndex: 0,
        path: "features[0].geometry.coordinates[1]",
      }),
    );
  });

  it.each([...ADVISORY])("imports advisory-only bad/%s", async (file) => {
    const outcome = await load("bad", file);
    expect(outcome.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(outcome.missions.length).toBeGreaterThan(0);
  });

  it.each(list("good"))("imports good/%s", async (file) => {
    const outcome = await load("good", file);
    const errors = outcome.problems.filter((p) => p.severity === "error");
    const expected = VALID_BUT_NO_PLACE[file];
    if (expected) {
      expect(errors.map((e) => e.reason).join(" ")).toContain(expected);
    } else {
      expect(errors).toEqual([]);
      expect(outcome.missions.length).toBeGreaterThan(0);
    }
  });
});
