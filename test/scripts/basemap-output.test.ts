// Checks the generated basemap files in geo/basemap (regenerate with scripts/build-basemap.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { getIssues } from "@placemarkio/check-geojson";
import { booleanPointInPolygon, coordAll } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { BASEMAP_BOUNDS, BASEMAP_DATASETS } from "@/map/basemap-style";

const DIR = join(import.meta.dirname, "../../geo/basemap");
type Props = Record<string, string | number | boolean>;
const text = (name: string) => readFileSync(join(DIR, `${name}.geojson`), "utf8");
const load = (name: string) => JSON.parse(text(name)) as FeatureCollection<never, Props>;
const area = (name: string) => load(name).features[0] as unknown as Feature<Polygon | MultiPolygon>;
const inside = (shape: Feature<Polygon | MultiPolygon> | FeatureCollection, p: [number, number]) =>
  "features" in shape
    ? shape.features.some((f) => booleanPointInPolygon(p, f as Feature<Polygon>))
    : booleanPointInPolygon(p, shape);

const CYRILLIC = /^[\u0400-\u04FF’ʼ'\-\s]+$/u;
/** City centres, [lng, lat]. Simferopol is at 34.10 E (the brief's "33.10" lies in the sea). */
const UA = {
  Simferopol: [34.1, 44.95],
  Sevastopol: [33.52, 44.6],
  Kyiv: [30.52, 50.45],
  Kharkiv: [36.23, 49.99],
  Odesa: [30.73, 46.48],
  Lviv: [24.03, 49.84],
} as const;
const ABROAD = {
  Chisinau: [28.86, 47.01],
  Belgorod: [36.6, 50.6],
  Minsk: [27.56, 53.9],
  Rostov: [39.7, 47.24],
} as const;

describe("basemap files", () => {
  it("exist for every dataset the style loads, and nothing else", () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith(".geojson"))
      .sort();
    expect(files).toEqual(BASEMAP_DATASETS.map((d) => `${d}.geojson`).sort());
  });

  it.each(BASEMAP_DATASETS)("%s is valid RFC 7946 GeoJSON with at most 5 decimals", (name) => {
    expect(getIssues(text(name))).toEqual([]);
    const decimals = coordAll(load(name) as FeatureCollection)
      .flat()
      .map((v) => (String(v).split(".")[1] ?? "").length);
    expect(Math.max(...decimals)).toBeLessThanOrEqual(5);
  });

  it("stay within the size budget (≤ 600 KiB together)", () => {
    const sizes = BASEMAP_DATASETS.map((d) => statSync(join(DIR, `${d}.geojson`)).size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(600 * 1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(160 * 1024);
  });

  it("lie inside the declared bounds", () => {
    const [w, s, e, n] = BASEMAP_BOUNDS;
    for (const d of BASEMAP_DATASETS) {
      for (const [lng = 0, lat = 0] of coordAll(load(d) as FeatureCollection)) {
        expect(lng >= w && lng <= e && lat >= s && lat <= n, `${d} ${lng},${lat}`).toBe(true);
      }
    }
  });
});

describe("Ukraine outline", () => {
  const ukraine = area("ukraine");
  it.each(Object.entries(UA))("contains %s (Crimea included)", (_, p) => {
    expect(inside(ukraine, [p[0], p[1]])).toBe(true);
  });
  it.each(Object.entries(ABROAD))("does not contain %s", (_, p) => {
    expect(inside(ukraine, [p[0], p[1]])).toBe(false);
  });
  it("has Ukraine's area, about 603,600 km² including Crimea, within 1.5%", async () => {
    const { area: areaM2 } = await import("@turf/turf");
    expect(areaM2(ukraine) / 1e6).toBeGreaterThan(603_600 * 0.985);
    expect(areaM2(ukraine) / 1e6).toBeLessThan(603_600 * 1.015);
  });
});

describe("sea", () => {
  const sea = load("sea") as unknown as FeatureCollection;
  it("covers the Black Sea and the Sea of Azov but no city", () => {
    expect(inside(sea, [34, 43.5])).toBe(true);
    expect(inside(sea, [36.5, 46.2])).toBe(true);
    for (const p of [...Object.values(UA), ...Object.values(ABROAD)])
      expect(inside(sea, [p[0], p[1]])).toBe(false);
  });
});

describe("Kyiv districts", () => {
  const districts = load("kyiv-districts");
  it("are the 10 raions with modern English and Ukrainian names", () => {
    const names = districts.features.map((f) => f.properties.name_en).sort();
    expect(names).toEqual([
      "Darnytskyi",
      "Desnianskyi",
      "Dniprovskyi",
      "Holosiivskyi",
      "Obolonskyi",
      "Pecherskyi",
      "Podilskyi",
      "Shevchenkivskyi",
      "Solomianskyi",
      "Sviatoshynskyi",
    ]);
    for (const f of districts.features) expect(String(f.properties.name_uk)).toMatch(CYRILLIC);
  });
  it("contain central Kyiv (Maidan Nezalezhnosti is in Shevchenkivskyi)", () => {
    const hit = districts.features.filter((f) =>
      inside(f as unknown as Feature<Polygon>, [30.5234, 50.4501]),
    );
    expect(hit.map((f) => f.properties.name_en)).toEqual(["Shevchenkivskyi"]);
  });
});

describe("populated places", () => {
  const places = load("places");
  const ukraine = area("ukraine");
  it("all have name_en, a Cyrillic name_uk, a rank 1–5 and a country", () => {
    for (const { properties: p } of places.features) {
      expect(String(p.name_en).length).toBeGreaterThan(1);
      expect(String(p.name_uk)).toMatch(CYRILLIC);
      expect([1, 2, 3, 4, 5]).toContain(p.rank);
      expect(String(p.country)).toMatch(/^[A-Z]{2}$/);
    }
  });
  it("use modern spellings only", () => {
    const names = new Set(places.features.map((f) => String(f.properties.name_en)));
    for (const n of [
      "Kyiv",
      "Odesa",
      "Dnipro",
      "Kropyvnytskyi",
      "Zaporizhzhia",
      "Mykolaiv",
      "Luhansk",
      "Chernivtsi",
      "Khmelnytskyi",
      "Ivano-Frankivsk",
      "Simferopol",
      "Sevastopol",
    ]) {
      expect(names.has(n), n).toBe(true);
    }
    for (const old of [
      "Kiev",
      "Odessa",
      "Dnepropetrovsk",
      "Kirovohrad",
      "Zaporizhzhya",
      "Mykolayiv",
      "Lvov",
      "Uzhgorod",
      "Illichivsk",
    ]) {
      expect(names.has(old), old).toBe(false);
    }
  });
  it("has one rank-1 place, the capital Kyiv", () => {
    expect(
      places.features.filter((f) => f.properties.rank === 1).map((f) => f.properties.name_en),
    ).toEqual(["Kyiv"]);
  });
  it("puts Ukrainian places inside Ukraine's outline and foreign ones outside", () => {
    for (const f of places.features) {
      const [lng = 0, lat = 0] = coordAll(f as unknown as Feature).flat();
      expect(inside(ukraine, [lng, lat]), String(f.properties.name_en)).toBe(
        f.properties.country === "UA",
      );
    }
  });
});

describe("lines and labels", () => {
  it("oblast lines mark the Kyiv city boundary separately", () => {
    const flags = new Set(load("oblast-lines").features.map((f) => f.properties.kyiv_city));
    expect(flags).toEqual(new Set([true, false]));
  });
  it("borders omit NE's 'disputed' line across the Crimean isthmus", () => {
    const nearIsthmus = coordAll(load("borders") as FeatureCollection).filter(
      ([x = 0, y = 0]) => x > 33.4 && x < 35.2 && y > 45.5 && y < 46.3,
    );
    expect(nearIsthmus).toEqual([]);
  });
  it("label every oblast and Crimea inside Ukraine, plus the 10 districts and named lakes", () => {
    const labels = load("labels").features;
    const oblasts = labels.filter((f) => f.properties.kind === "oblast");
    expect(oblasts).toHaveLength(25);
    for (const f of oblasts) {
      const [lng = 0, lat = 0] = coordAll(f as unknown as Feature).flat();
      expect(inside(area("ukraine"), [lng, lat]), String(f.properties.name_en)).toBe(true);
    }
    expect(labels.filter((f) => f.properties.kind === "kyiv-district")).toHaveLength(10);
    const lakes = labels
      .filter((f) => f.properties.kind === "lake")
      .map((f) => f.properties.name_en);
    expect(lakes).toEqual(
      expect.arrayContaining([
        "Kyiv Reservoir",
        "Kamianske Reservoir",
        "Dniester Estuary",
        "Kakhovka Reservoir (drained 2023)",
      ]),
    );
  });
});
