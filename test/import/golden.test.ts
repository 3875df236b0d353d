/**
 * Every importer on golden fixtures (invented data, Kyiv coordinates). Regenerate the expected
 * outputs with `UPDATE_GOLDEN=1 npx vitest run test/import/golden.test.ts` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";
import type { ImportSettings } from "@/import/types";

const DIR = "test/fixtures/import";
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const files = readdirSync(DIR).filter((f) => /\.(csv|tsv|geojson|kml|kmz|gpx|json)$/.test(f));

function settingsFor(file: string): ImportSettings {
  return {
    target: file.startsWith("sites") ? "sites" : "strikes",
    zone: "Europe/Kyiv",
    defaultUncertaintyM: 500,
    layerId: "L1",
  };
}

describe("importers on golden fixtures", () => {
  it("has a fixture for every format", () => {
    const exts = new Set(files.map((f) => f.split(".").pop()));
    expect([...exts].sort()).toEqual(["csv", "geojson", "gpx", "json", "kml", "kmz", "tsv"]);
  });

  for (const file of files) {
    it(`imports ${file} as recorded`, async () => {
      const outcome = await importBytes(file, readFileSync(join(DIR, file)), settingsFor(file));
      const golden = join(DIR, "golden", `${file}.json`);
      const text = `${JSON.stringify(outcome, null, 2)}\n`;
      if (UPDATE || !existsSync(golden)) writeFileSync(golden, text);
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(golden, "utf8")));
    });
  }

  it("imports the ambiguous file once the user picks day-first", async () => {
    const file = "ambiguous-dates.csv";
    const mapping = { lat: "lat", lon: "lon", date: "date", id: "id", dateOrder: "dmy" } as const;
    const outcome = await importBytes(file, readFileSync(join(DIR, file)), {
      ...settingsFor(file),
      mapping,
    });
    expect(outcome.needsMapping).toBeUndefined();
    expect(outcome.strikes.map((s) => s.time)).toEqual([
      "2025-04-03T00:00+03:00",
      "2025-06-05T00:00+03:00",
    ]);
    const mdy = await importBytes(file, readFileSync(join(DIR, file)), {
      ...settingsFor(file),
      mapping: { ...mapping, dateOrder: "mdy" },
    });
    expect(mdy.strikes.map((s) => s.time)).toEqual([
      "2025-03-04T00:00+02:00",
      "2025-05-06T00:00+03:00",
    ]);
  });
});
