/**
 * The real curated files in geo/ must pass every check; the broken fixture must fail them.
 * Reads the project's own files only (never anything outside the repository).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { checkDataset, type DatasetTexts } from "@/domain/dataset-check";
import type { ParseIssue } from "@/domain/types";

const root = fileURLToPath(new URL("../../", import.meta.url));
const load = (file: string) => ({ file, text: readFileSync(root + file, "utf8") });

const real: DatasetTexts = {
  missions: load("geo/missions.geojson"),
  strikes: load("geo/strikes.geojson"),
  events: load("geo/diplomatic-events.json"),
};

/** Every problem the checker finds, as "file path: message" lines. */
function problems(texts: DatasetTexts): string[] {
  return checkDataset(texts).issues.map((i: ParseIssue) => `${i.file} ${i.path}: ${i.message}`);
}

describe("the real geo files", () => {
  const checked = checkDataset(real);

  it("have no problems at all (RFC 7946, schema, unique ids, references, versions)", () => {
    expect(problems(real)).toEqual([]);
  });

  it("keep every record (nothing silently skipped)", () => {
    const count = (t: { text: string }, key: "features" | "events") =>
      (JSON.parse(t.text) as Record<string, unknown[]>)[key]?.length;
    expect(checked.missions).toHaveLength(count(real.missions, "features") ?? -1);
    expect(checked.strikes).toHaveLength(count(real.strikes, "features") ?? -1);
    expect(checked.events).toHaveLength(count(real.events, "events") ?? -1);
    expect(checked.missions.length).toBeGreaterThanOrEqual(6);
    expect(checked.strikes.length).toBeGreaterThanOrEqual(11);
  });

  it("carry one dataset version, a real date", () => {
    expect(checked.datasetVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("contain the seed incidents of the issue", () => {
    const ids = checked.strikes.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "kharkiv-consulate-2022-03-06",
        "kyiv-embassy-kinzhal-crater-2024-01-02",
        "kyiv-embassy-near-strike-2025-08-28",
        "kyiv-embassy-compound-hit-2025-11-14",
        "socar-depot-2025-08-08",
        "socar-depot-2025-08-18",
        "socar-filling-station-2025-08-17",
        "orlivka-gas-station-2025-08-06",
      ]),
    );
  });

  it("record the Kharkiv date dispute and the Patriot attribution dispute", () => {
    const byId = new Map(checked.strikes.map((s) => [s.id, s]));
    const kharkiv = byId.get("kharkiv-consulate-2022-03-06");
    expect(kharkiv?.time.slice(0, 10)).toBe("2022-03-06");
    expect(
      kharkiv?.disputed.some((d) => d.what === "date" && /10 March/.test(d.detail ?? "")),
    ).toBe(true);
    const hit = byId.get("kyiv-embassy-compound-hit-2025-11-14");
    expect(
      hit?.disputed.some((d) => d.what === "attribution" && /Patriot/.test(d.detail ?? "")),
    ).toBe(true);
  });

  it("write every time in Kyiv's local offset for that date (EET +02:00 / EEST +03:00)", () => {
    const fmt = new Intl.DateTimeFormat("en", {
      timeZone: "Europe/Kyiv",
      timeZoneName: "longOffset",
    });
    const kyivOffset = (ms: number) => fmt.format(new Date(ms)).split("GMT")[1];
    for (const r of [...checked.strikes, ...checked.events]) {
      expect(`${r.id} ${r.time.slice(19)}`).toBe(`${r.id} ${kyivOffset(r.tMs)}`);
    }
  });

  it("follow the time convention: day at 12:00, month on the 15th at 12:00", () => {
    for (const r of [...checked.strikes, ...checked.events]) {
      if (r.timePrecision === "day") expect(r.time.slice(10, 19), r.id).toBe("T12:00:00");
      if (r.timePrecision === "month") expect(r.time.slice(7, 19), r.id).toBe("-15T12:00:00");
    }
  });

  it("give no point more precision than its class allows and explain every estimate", () => {
    for (const r of [...checked.missions, ...checked.strikes]) {
      if (r.locationPrecision === "city") expect(r.uncertaintyM, r.id).toBeGreaterThanOrEqual(2000);
      if (r.locationPrecision !== "exact") expect(r.locationMethod, r.id).toBeTruthy();
    }
  });
});

describe("derivations and distances the data states", () => {
  const { missions, strikes } = checkDataset(real);
  const g = geographiclib.Geodesic.WGS84;
  const at = (id: string) =>
    [...missions, ...strikes].find((r) => r.id === id)?.lngLat ?? [Number.NaN, Number.NaN];
  const distM = (a: readonly number[], b: readonly number[]) =>
    g.Inverse(a[1] ?? Number.NaN, a[0] ?? Number.NaN, b[1] ?? Number.NaN, b[0] ?? Number.NaN).s12 ??
    Number.NaN;
  const emb = at("embassy-kyiv");

  it.each([
    ["kyiv-embassy-near-miss-2022-04-28", 340, 10],
    ["kyiv-embassy-near-miss-2022-06-26", 220, 10],
    ["kyiv-otolaryngology-institute-2025-11-14", 2300, 50],
    ["heydar-aliyev-park-kyiv", 120, 5],
  ] as const)("%s is about %d m from the embassy, as its text says", (id, m, tol) => {
    expect(Math.abs(distM(at(id), emb) - m)).toBeLessThanOrEqual(tol);
  });

  it("places the Novosilske estimate 11 km at 45° from Wikipedia's Orlivka point", () => {
    const r = g.Direct(45.31944, 28.45056, 45, 11_000);
    expect(at("gas-station-orlivka-novosilske")).toEqual([
      Math.round((r.lon2 ?? 0) * 1000) / 1000,
      Math.round((r.lat2 ?? 0) * 1000) / 1000,
    ]);
  });

  it("keeps Usatove 8.7 km from Odesa's centre, as the depot record says", () => {
    const d = distM(at("socar-depot-usatove"), at("socar-filling-station-odesa"));
    expect(Math.abs(d - 8700)).toBeLessThanOrEqual(50);
  });
});

describe("the broken fixture", () => {
  const broken: DatasetTexts = {
    missions: real.missions,
    strikes: load("test/fixtures/data/broken-strikes.geojson"),
    events: { file: "events.json", text: '{"version": "2026-11-24", "events": []}' },
  };
  const F = "test/fixtures/data/broken-strikes.geojson";

  it("fails the same checks, with each planted problem reported where it is", () => {
    const found = problems(broken);
    const expected: [string, RegExp][] = [
      [`${F} line \\d+:\\d+`, /2 or 3 elements/],
      [`${F} features/1/properties/time`, /offset/],
      [`${F} features/2/properties/sources/0/url`, /http/],
      [`${F} features/3/properties/uncertainty_m`, /inconsistent with location_precision "city"/],
      [`${F} features/4/geometry/coordinates/0`, /22/],
      [`${F} features/5/id`, /duplicate id "fixture-valid"/],
      [`${F} id fixture-unknown-mission/mission_ids`, /unknown mission "no-such-mission"/],
      [`${F} features/7/geometry/coordinates`, /.+/],
      [`${F} features/8/properties/location_method`, /required/],
      [`${F} id embassy-kyiv`, /also used in geo\/missions.geojson/],
      [`${F} features/10/id`, /equal properties.id/],
    ];
    for (const [where, message] of expected) {
      const hit = found.find((p) => new RegExp(`^${where}: `).test(p) && message.test(p));
      expect(hit, `${where} ${message}\n${found.join("\n")}`).toBeDefined();
    }
    expect(found.length).toBeGreaterThanOrEqual(expected.length);
  });

  it("still yields its one valid feature plus those only cross-checks reject", () => {
    const ids = checkDataset(broken).strikes.map((s) => s.id);
    expect(ids.sort()).toEqual(["embassy-kyiv", "fixture-unknown-mission", "fixture-valid"]);
  });
});
