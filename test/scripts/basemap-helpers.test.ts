import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { pickSeaFaces } from "../../scripts/basemap/country-layers";
import type { BasemapCollection } from "../../scripts/basemap/geojson-io";
import { roundPosition, roundTo, stringifyCollection } from "../../scripts/basemap/geojson-io";
import { districtProps, shortDistrictName } from "../../scripts/basemap/kyiv-districts";
import { buildLabels } from "../../scripts/basemap/labels";
import { buildPlaces, placeFromNaturalEarth, placeRank } from "../../scripts/basemap/places";
import { keepRiver, lakeProps, riverClass, riverProps } from "../../scripts/basemap/water-layers";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const nePlace = (NAME: string, POP_MAX: number, FEATURECLA: string, lngLat: [number, number]) =>
  ({
    type: "Feature",
    properties: { NAME, POP_MAX, FEATURECLA },
    geometry: { type: "Point", coordinates: lngLat },
  }) as const;

describe("placeRank", () => {
  it.each([
    [2_709_000, "Admin-0 capital", 1],
    [1_461_000, "Admin-1 capital", 2],
    [700_000, "Populated place", 2],
    [249_454, "Admin-1 capital", 3],
    [300_000, "Populated place", 3],
    [299_999, "Populated place", 4],
    [100_000, "Populated place", 4],
    [99_999, "Populated place", 5],
    [0, "Historic place", 5],
  ])("population %i, %s → rank %i", (pop, cla, rank) => {
    expect(placeRank(pop, cla)).toBe(rank);
  });
});

describe("placeFromNaturalEarth", () => {
  it("modernises the name, adds Ukrainian, ranks and rounds (golden)", () => {
    const input = deepFreeze(
      nePlace("Kiev", 2709000, "Admin-0 capital", [30.514682102, 50.435313031]),
    );
    expect(placeFromNaturalEarth(input)).toEqual({
      type: "Feature",
      properties: {
        name_en: "Kyiv",
        name_uk: "Київ",
        rank: 1,
        country: "UA",
        capital: true,
        population: 2709000,
      },
      geometry: { type: "Point", coordinates: [30.51468, 50.43531] },
    });
  });

  it("renames Soviet-era and Russian-style spellings", () => {
    const names = ["Odessa", "Zaporizhzhya", "Kirovohrad", "Illichivsk", "Lvov", "Uzhgorod"].map(
      (n) => placeFromNaturalEarth(nePlace(n, 1, "Populated place", [30, 48])).properties.name_en,
    );
    expect(names).toEqual([
      "Odesa",
      "Zaporizhzhia",
      "Kropyvnytskyi",
      "Chornomorsk",
      "Lviv",
      "Uzhhorod",
    ]);
  });

  it("omits an unknown (zero) population and refuses a place without a curated name", () => {
    expect(
      placeFromNaturalEarth(nePlace("Chernobyl", 0, "Historic place", [30.1, 51.4])).properties,
    ).not.toHaveProperty("population");
    expect(() => placeFromNaturalEarth(nePlace("Atlantis", 5, "Populated place", [0, 0]))).toThrow(
      /Atlantis/,
    );
  });
});

describe("buildPlaces", () => {
  const ne: FeatureCollection<Point> = deepFreeze({
    type: "FeatureCollection",
    features: [
      nePlace("Uman", 87658, "Populated place", [30.21, 48.75]),
      nePlace("Kiev", 2709000, "Admin-0 capital", [30.51, 50.43]),
    ],
  }) as FeatureCollection<Point>;
  const extras = deepFreeze([
    {
      en: "Bucha",
      uk: "Буча",
      lngLat: [30.2136, 50.5428] as const,
      rank: 5 as const,
      country: "UA" as const,
    },
  ]);

  it("orders by rank, then population, then name, and does not mutate its inputs", () => {
    const before = JSON.stringify(ne);
    const out = buildPlaces(ne, extras);
    expect(out.features.map((f) => f.properties.name_en)).toEqual(["Kyiv", "Uman", "Bucha"]);
    expect(JSON.stringify(ne)).toBe(before);
  });

  it("rejects a place listed twice", () => {
    const [bucha] = extras;
    if (!bucha) throw new Error("fixture missing");
    const twice = [...extras, { ...bucha, lngLat: [31, 50] as const }];
    expect(() => buildPlaces(ne, twice)).toThrow(/Bucha/);
  });
});

describe("rivers and lakes", () => {
  it("classes rivers by NE scalerank", () => {
    expect([2, 4, 5, 8, 9, 12].map(riverClass)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it("names rivers in English and Ukrainian, keeps NE's name otherwise", () => {
    expect(riverProps(deepFreeze({ name: "Donets", scalerank: 7 }))).toEqual({
      class: 2,
      name_en: "Siverskyi Donets",
      name_uk: "Сіверський Донець",
    });
    expect(riverProps({ name: "Olt", scalerank: 8 })).toEqual({ class: 2, name_en: "Olt" });
    expect(riverProps({ name: null, scalerank: 11 })).toEqual({ class: 3 });
  });

  it("keeps minor rivers only when they reach the area", () => {
    const area: Feature<Polygon> = {
      type: "Feature",
      properties: {},
      geometry: square(0, 0, 10, 10),
    };
    const line = (cls: number, x: number) => ({
      type: "Feature" as const,
      properties: { class: cls },
      geometry: {
        type: "LineString" as const,
        coordinates: [
          [x, 5],
          [x + 1, 5],
        ],
      },
    });
    expect([
      keepRiver(line(3, 5), area),
      keepRiver(line(3, 20), area),
      keepRiver(line(2, 20), area),
    ]).toEqual([true, false, true]);
  });

  it("flags the drained Kakhovka reservoir and names unnamed lakes by a point inside them", () => {
    expect(lakeProps({ name: "Kakhovka Reservoir" }, square(33.5, 46.8, 35.3, 47.8))).toEqual({
      name_en: "Kakhovka Reservoir (drained 2023)",
      name_uk: "Каховське водосховище",
      drained: true,
    });
    expect(lakeProps({ name: null }, square(30.1, 46.1, 30.5, 46.4)).name_en).toBe(
      "Dniester Estuary",
    );
    expect(lakeProps({ name: null }, square(0, 0, 1, 1))).toEqual({});
  });
});

describe("pickSeaFaces", () => {
  const faces: BasemapCollection = deepFreeze({
    type: "FeatureCollection",
    features: [
      { type: "Feature", properties: {}, geometry: square(0, 0, 10, 10) },
      { type: "Feature", properties: {}, geometry: square(10, 0, 20, 10) },
    ],
  });

  it("keeps only the faces holding a seed, once each, without mutating the input", () => {
    const before = JSON.stringify(faces);
    const sea = pickSeaFaces(faces, [
      [15, 5],
      [12, 2],
    ]);
    expect(sea.features.map((f) => f.geometry)).toEqual([square(10, 0, 20, 10)]);
    expect(JSON.stringify(faces)).toBe(before);
  });

  it("throws when a seed lies in no face", () => {
    expect(() => pickSeaFaces(faces, [[25, 5]])).toThrow(/25,5/);
  });
});

describe("Kyiv districts", () => {
  it("shortens OSM names and applies the official romanisation", () => {
    expect(shortDistrictName("Печерський район")).toBe("Печерський");
    expect(
      districtProps(
        deepFreeze({
          OSM_ID: "1754513",
          NAME: "Голосіївський район",
          NAME_EN: "Golosiivskyi district",
        }),
      ),
    ).toEqual({
      osm_id: 1754513,
      name_en: "Holosiivskyi",
      name_uk: "Голосіївський",
    });
    expect(() => districtProps({ OSM_ID: "1", NAME: "", NAME_EN: "x" })).toThrow();
  });
});

describe("buildLabels", () => {
  const pt = (props: Record<string, string | boolean>, lngLat: [number, number]) => ({
    type: "Feature" as const,
    properties: props,
    geometry: { type: "Point" as const, coordinates: lngLat },
  });
  it("collects seeds, lakes, oblasts (minus label:false) and districts with rounded points", () => {
    const out = buildLabels(
      deepFreeze([{ kind: "sea", en: "Black Sea", uk: "Чорне море", lngLat: [33.6, 43.4] }]),
      deepFreeze({
        type: "FeatureCollection",
        features: [
          pt(
            { name_en: "Sumy Oblast", name_uk: "Сумська область", label: true },
            [34.123456, 50.9],
          ),
          pt({ name_en: "Kyiv", name_uk: "Київ", label: false }, [30.5, 50.4]),
        ],
      }),
      deepFreeze({
        type: "FeatureCollection",
        features: [pt({ name_en: "Pecherskyi", name_uk: "Печерський" }, [30.5512345, 50.42])],
      }),
      deepFreeze({
        type: "FeatureCollection",
        features: [pt({ name_en: "Syvash" }, [34.5, 45.9])],
      }),
    );
    expect(
      out.features.map((f) => [
        f.properties.kind,
        f.properties.name_en,
        f.properties.name_uk,
        f.geometry.coordinates,
      ]),
    ).toEqual([
      ["sea", "Black Sea", "Чорне море", [33.6, 43.4]],
      ["lake", "Syvash", undefined, [34.5, 45.9]],
      ["oblast", "Sumy Oblast", "Сумська область", [34.1235, 50.9]],
      ["kyiv-district", "Pecherskyi", "Печерський", [30.55123, 50.42]],
    ]);
  });
});

describe("geojson-io", () => {
  it("rounds positions without mutating and writes one feature per line", () => {
    const p = deepFreeze([30.123456789, -0.000001]);
    expect(roundPosition(p, 5)).toEqual([30.12346, 0]);
    expect(Object.is(roundTo(-0.000001, 4), 0)).toBe(true);
    const text = stringifyCollection({ features: [{ a: 1 }, { b: 2 }] });
    expect(text).toBe('{"type":"FeatureCollection","features":[\n{"a":1},\n{"b":2}\n]}\n');
  });
});
