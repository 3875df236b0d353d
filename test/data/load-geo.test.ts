import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { geoUrlsFromQuery } from "@/data/geo-urls";
import { loadGeo } from "@/data/load-geo";

const files: Record<string, string> = {
  "m.geojson": readFileSync("geo/missions.geojson", "utf8"),
  "s.geojson": readFileSync("geo/strikes.geojson", "utf8"),
  "e.json": readFileSync("geo/diplomatic-events.json", "utf8"),
  "bad.geojson": '{"type":"FeatureCollection","features":[',
};
const fetcher = async (url: string) => {
  const body = files[url];
  return {
    ok: body !== undefined,
    status: body === undefined ? 404 : 200,
    text: async () => body ?? "",
  };
};
const urls = (strikes: string) => ({
  missions: { url: "m.geojson", name: "geo/missions.geojson" },
  strikes: { url: strikes, name: `geo/${strikes}` },
  events: { url: "e.json", name: "geo/diplomatic-events.json" },
});

describe("loadGeo", () => {
  it("loads the real files with no issues", async () => {
    const data = await loadGeo(urls("s.geojson"), fetcher);
    expect(data.issues).toEqual([]);
    expect(data.missions.length).toBeGreaterThanOrEqual(4);
    expect(data.strikes.length).toBeGreaterThanOrEqual(6);
    expect(data.datasetVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("maps the files the build checked exactly as validation would", async () => {
    const checked = (u: ReturnType<typeof urls>) => ({
      missions: { ...u.missions, checkedAtBuild: true },
      strikes: { ...u.strikes, checkedAtBuild: true },
      events: { ...u.events, checkedAtBuild: true },
    });
    const validated = await loadGeo(urls("s.geojson"), fetcher);
    expect(await loadGeo(checked(urls("s.geojson")), fetcher)).toEqual(validated);
    expect(validated.datasetInfo?.title).toBeTruthy();
  });

  it("validates a file marked as checked whose shape is not the checked one", async () => {
    const u = urls("odd.json");
    const data = await loadGeo(
      { ...u, strikes: { ...u.strikes, checkedAtBuild: true } },
      async (url) =>
        url === "odd.json" ? { ok: true, status: 200, text: async () => "{}" } : fetcher(url),
    );
    expect(data.strikes).toEqual([]);
    expect(data.issues.some((i) => i.file === "geo/odd.json")).toBe(true);
    expect(data.missions.length).toBeGreaterThanOrEqual(4);
  });

  it("does not check a link's own file as if it were bundled", async () => {
    const u = urls("odd.json");
    const wrong = JSON.parse(files["s.geojson"] ?? "");
    wrong.features[0].properties.weapon_class = "catapult";
    const data = await loadGeo(u, async (url) =>
      url === "odd.json"
        ? { ok: true, status: 200, text: async () => JSON.stringify(wrong) }
        : fetcher(url),
    );
    expect(data.issues.map((i) => i.path)).toContain("features/0/properties/weapon_class");
  });

  it("names a missing file and still loads the others", async () => {
    const data = await loadGeo(urls("gone.geojson"), fetcher);
    expect(data.issues).toEqual([{ file: "geo/gone.geojson", path: "", message: "HTTP 404" }]);
    expect(data.strikes).toEqual([]);
    expect(data.missions.length).toBeGreaterThanOrEqual(4);
  });

  it("names a malformed file", async () => {
    const data = await loadGeo(urls("bad.geojson"), fetcher);
    expect(data.issues).toHaveLength(1);
    expect(data.issues[0]?.file).toBe("geo/bad.geojson");
    expect(data.issues[0]?.message).toMatch(/^is not valid JSON/);
  });

  it("reports a network failure instead of rejecting", async () => {
    const data = await loadGeo(urls("s.geojson"), async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(data.issues.map((i) => i.message)).toEqual([
      "could not be read (Failed to fetch)",
      "could not be read (Failed to fetch)",
      "could not be read (Failed to fetch)",
    ]);
  });
});

describe("geoUrlsFromQuery", () => {
  const base = "http://127.0.0.1:4173/app/";
  it("accepts a same-origin override and names it", () => {
    const u = geoUrlsFromQuery("?strikes=./data/big.geojson", base);
    expect(u.strikes).toEqual({
      url: "http://127.0.0.1:4173/app/data/big.geojson",
      name: "./data/big.geojson",
      overridden: true,
    });
  });
  it("ignores off-origin overrides so the app stays offline", () => {
    const u = geoUrlsFromQuery("?strikes=https://evil.example/x.geojson", base);
    expect(u.strikes.name).toBe("geo/strikes.geojson");
  });
});

describe("loadGeo cross-file checks", () => {
  it("reports a strike that points at an unknown mission", async () => {
    const strikes = JSON.parse(files["s.geojson"] ?? "{}");
    strikes.features[0].properties.mission_ids = ["no-such-mission"];
    const withBadRef: Record<string, string> = { ...files, "x.geojson": JSON.stringify(strikes) };
    const data = await loadGeo(urls("x.geojson"), async (url) => ({
      ok: true,
      status: 200,
      text: async () => withBadRef[url] ?? "",
    }));
    expect(data.issues.some((i) => i.message.includes("no-such-mission"))).toBe(true);
  });
});
