import { describe, expect, it } from "vitest";
import {
  parseDatasetInfo,
  parseDatasetVersion,
  parseDiplomaticEvents,
  parseMissions,
  parseStrikes,
} from "@/domain/parse-geo";
import type { ParseIssue } from "@/domain/types";
import { collection, deepFreeze, event, missionFeature, strikeFeature } from "./builders";

const F = "geo/strikes.geojson";
const paths = (issues: readonly ParseIssue[]) => issues.map((i) => i.path);

describe("parseStrikes: envelope", () => {
  it.each([
    ["null", null],
    ["a number", 42],
    ["a string", "FeatureCollection"],
    ["an array", []],
    ["undefined", undefined],
  ])("reports %s as not an object, without throwing", (_label, input) => {
    const r = parseStrikes(input, F);
    expect(r.items).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: F, path: "" });
    expect(r.issues[0]?.message).toMatch(/expected a JSON object/);
  });

  it("reports a missing features member and a wrong type", () => {
    const r = parseStrikes({ type: "Feature", metadata: { version: "2026-11-24" } }, F);
    expect(r.items).toEqual([]);
    expect(paths(r.issues)).toEqual(expect.arrayContaining(["type", "features"]));
    expect(r.issues.every((i) => i.file === F)).toBe(true);
  });

  it("reports missing metadata but still reads valid features", () => {
    const fc = { type: "FeatureCollection", features: [strikeFeature()] };
    const r = parseStrikes(fc, F);
    expect(r.items.map((s) => s.id)).toEqual(["strike-a"]);
    expect(paths(r.issues)).toEqual(["metadata"]);
  });
});

describe("parseStrikes: bad features are skipped with a located issue", () => {
  const cases: [string, unknown, string, RegExp][] = [
    ["a null feature", null, "features/1", /object/i],
    [
      "a non-Point geometry",
      { ...strikeFeature({ id: "b" }), geometry: { type: "LineString", coordinates: [] } },
      "features/1/geometry/type",
      /Point/,
    ],
    [
      "NaN longitude",
      strikeFeature({ id: "b" }, [Number.NaN, 50]),
      "features/1/geometry/coordinates/0",
      /number/,
    ],
    [
      "Infinity latitude",
      strikeFeature({ id: "b" }, [30, Number.POSITIVE_INFINITY]),
      "features/1/geometry/coordinates/1",
      /number/,
    ],
    [
      "a point outside Ukraine",
      strikeFeature({ id: "b" }, [2.35, 48.85]),
      "features/1/geometry/coordinates/0",
      /22/,
    ],
    [
      "a latitude too far north",
      strikeFeature({ id: "b" }, [30.5, 55.75]),
      "features/1/geometry/coordinates/1",
      /52.4/,
    ],
    [
      "a local time without offset",
      strikeFeature({ id: "b", time: "2025-11-14T01:00:00" }),
      "features/1/properties/time",
      /offset/,
    ],
    [
      "a javascript: URL",
      strikeFeature({
        id: "b",
        sources: [{ url: "javascript:alert(1)", publisher: "x", title: "x" }],
      }),
      "features/1/properties/sources/0/url",
      /http/,
    ],
    [
      "a city point claimed to 5 m",
      strikeFeature({ id: "b", location_precision: "city", uncertainty_m: 5 }),
      "features/1/properties/uncertainty_m",
      /inconsistent.*city/,
    ],
    [
      "zero uncertainty",
      strikeFeature({ id: "b", uncertainty_m: 0 }),
      "features/1/properties/uncertainty_m",
      /.+/,
    ],
    [
      "a district point without location_method",
      strikeFeature({
        id: "b",
        location_precision: "district",
        uncertainty_m: 3000,
        location_method: undefined,
      }),
      "features/1/properties/location_method",
      /required/,
    ],
    [
      "an unknown weapon class",
      strikeFeature({ id: "b", weapon_class: "artillery" }),
      "features/1/properties/weapon_class",
      /.+/,
    ],
    [
      "a misspelt property",
      strikeFeature({ id: "b", uncertainity_m: 5 }),
      "features/1/properties",
      /uncertainity_m/,
    ],
    [
      "a Feature id differing from properties.id",
      { ...strikeFeature({ id: "b" }), id: "c" },
      "features/1/id",
      /equal/,
    ],
    ["a non-kebab id", strikeFeature({ id: "Strike B" }), "features/1/properties/id", /kebab/],
  ];

  it.each(cases)("%s", (_label, bad, path, message) => {
    const input = deepFreeze(collection([strikeFeature(), bad]));
    const r = parseStrikes(input, F);
    expect(r.items.map((s) => s.id)).toEqual(["strike-a"]);
    const hit = r.issues.find((i) => i.path === path);
    expect(hit, JSON.stringify(r.issues)).toBeDefined();
    expect(hit?.message).toMatch(message);
    expect(hit?.file).toBe(F);
  });

  it("reports a duplicate id and keeps the first occurrence", () => {
    const input = collection([
      strikeFeature({ damage: "first" }),
      strikeFeature({ damage: "second" }),
    ]);
    const r = parseStrikes(input, F);
    expect(r.items.map((s) => s.damage)).toEqual(["first"]);
    expect(r.issues).toEqual([
      { file: F, path: "features/1/id", message: 'duplicate id "strike-a"' },
    ]);
  });
});

describe("parseStrikes: mapping, sorting and mapId", () => {
  const input = deepFreeze(
    collection([
      strikeFeature({ id: "late", time: "2025-11-14T01:00:00+02:00" }),
      strikeFeature({ id: "early", time: "2022-03-06T12:00:00+02:00", time_precision: "day" }),
      strikeFeature({ id: "utc", time: "2025-08-28T00:00:00Z", time_precision: "night" }),
      strikeFeature({ id: "same-b", time: "2025-08-28T03:00:00+03:00" }),
    ]),
  );

  it("sorts by instant (offsets honoured, ties by id) and numbers mapId from 1", () => {
    const r = parseStrikes(input, F);
    expect(r.issues).toEqual([]);
    expect(r.items.map((s) => [s.mapId, s.id, s.tMs])).toEqual([
      [1, "early", Date.UTC(2022, 2, 6, 10)],
      [2, "same-b", Date.UTC(2025, 7, 28, 0)],
      [3, "utc", Date.UTC(2025, 7, 28, 0)],
      [4, "late", Date.UTC(2025, 10, 13, 23)],
    ]);
  });

  it("maps snake_case to camelCase domain fields", () => {
    const one = collection([
      strikeFeature(
        {
          reported_distance: [
            { mission_id: "embassy-kyiv", min_m: 50, max_m: 100, wording: "~50 m" },
          ],
          casualties: { killed: 0, injured: 2, note: "n" },
        },
        [30.123456, 50.654321],
      ),
    ]);
    const [s] = parseStrikes(one, F).items;
    expect(s).toMatchObject({
      lngLat: [30.123456, 50.654321],
      timePrecision: "hour",
      weaponClass: "ballistic",
      weaponText: "missile",
      locationPrecision: "street",
      uncertaintyM: 100,
      locationMethod: "Placed at the embassy point.",
      missionIds: ["embassy-kyiv"],
      casualties: { killed: 0, injured: 2, note: "n" },
      reportedDistances: [{ missionId: "embassy-kyiv", minM: 50, maxM: 100, wording: "~50 m" }],
    });
  });

  it("does not mutate its input (deep-frozen) and returns fresh arrays", () => {
    const before = JSON.stringify(input);
    const r = parseStrikes(input, F);
    expect(JSON.stringify(input)).toBe(before);
    const features = input.features as { properties: { mission_ids: unknown } }[];
    expect(r.items[0]?.missionIds).not.toBe(features[1]?.properties.mission_ids);
  });
});

describe("parseMissions", () => {
  it("keeps file order, numbers mapId and maps fields", () => {
    const input = deepFreeze(
      collection([
        missionFeature({ id: "b-site", flag: "Not SOCAR's." }),
        missionFeature({ id: "a-site", address: "Street 1" }),
      ]),
    );
    const r = parseMissions(input, "geo/missions.geojson");
    expect(r.issues).toEqual([]);
    expect(r.items.map((m) => [m.mapId, m.id])).toEqual([
      [1, "b-site"],
      [2, "a-site"],
    ]);
    expect(r.items[0]).toMatchObject({
      flag: "Not SOCAR's.",
      kind: "embassy",
      lngLat: [30.49056, 50.46082],
    });
    expect(r.items[1]?.address).toBe("Street 1");
  });

  it("rejects an unknown kind and names the missions file", () => {
    const r = parseMissions(
      collection([missionFeature({ kind: "consulate" })]),
      "geo/missions.geojson",
    );
    expect(r.items).toEqual([]);
    expect(r.issues[0]).toMatchObject({
      file: "geo/missions.geojson",
      path: "features/0/properties/kind",
    });
  });
});

describe("parseDiplomaticEvents", () => {
  const E = "geo/diplomatic-events.json";
  it("sorts by time and maps strike_ids", () => {
    const input = deepFreeze({
      version: "2026-11-24",
      events: [
        event({ id: "reply", kind: "reply", time: "2025-11-21T12:00:00+02:00" }),
        event({
          id: "handover",
          kind: "coordinates-handover",
          time: "2022-04-15T12:00:00+03:00",
          time_precision: "month",
        }),
      ],
    });
    const r = parseDiplomaticEvents(input, E);
    expect(r.issues).toEqual([]);
    expect(r.items.map((e) => [e.id, e.timePrecision])).toEqual([
      ["handover", "month"],
      ["reply", "day"],
    ]);
    expect(r.items[1]?.strikeIds).toEqual(["strike-a"]);
  });

  it("skips a bad event, keeps the good one, never throws on junk", () => {
    const r = parseDiplomaticEvents(
      { version: "2026-11-24", events: [event(), event({ id: "x", time: "yesterday" }), 7] },
      E,
    );
    expect(r.items.map((e) => e.id)).toEqual(["summons-a"]);
    expect(paths(r.issues)).toEqual(["events/1/time", "events/2"]);
    expect(parseDiplomaticEvents("nope", E).issues[0]?.message).toMatch(/object/);
    expect(paths(parseDiplomaticEvents({ events: "x" }, E).issues)).toEqual(
      expect.arrayContaining(["version", "events"]),
    );
  });
});

describe("parseDatasetVersion", () => {
  it.each([
    [collection([]), "2026-11-24"],
    [{ version: "2025-01-31", events: [] }, "2025-01-31"],
    [{ metadata: { version: "2025-02-30" } }, undefined],
    [{ metadata: { version: 20251114 } }, undefined],
    [{ version: "14 Nov 2025" }, undefined],
    [null, undefined],
    ["2025-11-14", undefined],
  ])("%j → %s", (input, expected) => {
    expect(parseDatasetVersion(input)).toBe(expected);
  });
});

describe("parseDatasetInfo", () => {
  it("reads the version, licence and changelog of a collection", () => {
    const info = parseDatasetInfo({
      type: "FeatureCollection",
      features: [],
      metadata: {
        version: "2026-11-24",
        title: "T",
        licence: "CC BY 4.0",
        changelog: [{ version: "2026-11-24", summary: "First release." }],
      },
    });
    expect(info).toEqual({
      version: "2026-11-24",
      title: "T",
      licence: "CC BY 4.0",
      changelog: [{ version: "2026-11-24", summary: "First release." }],
    });
  });
  it("gives undefined for missing or malformed metadata", () => {
    expect(parseDatasetInfo(null)).toBeUndefined();
    expect(
      parseDatasetInfo({ metadata: { version: "yesterday", title: "T", licence: "L" } }),
    ).toBeUndefined();
    expect(
      parseDatasetInfo({
        metadata: { version: "2026-11-24", title: "T", licence: "L", changelog: [{}] },
      }),
    ).toBeUndefined();
  });
});
