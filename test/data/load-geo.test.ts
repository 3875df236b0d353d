import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { geoUrlsFromQuery } from "@/data/geo-urls";
import { loadGeo, prefetchGeo } from "@/data/load-geo";

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

describe("prefetchGeo", () => {
  /** The test fetcher, counting the requests per URL. */
  const counting = () => {
    const calls: string[] = [];
    const f = async (url: string) => {
      calls.push(url);
      return fetcher(url);
    };
    return { f, calls };
  };

  it("starts the reads once; the next loadGeo of those files uses them, the one after fetches", async () => {
    const { f, calls } = counting();
    const u = urls("s.geojson");
    prefetchGeo(u, f);
    prefetchGeo(u, f); // a second prefetch of the same files does not fetch again
    expect(calls.sort()).toEqual(["e.json", "m.geojson", "s.geojson"]);
    const globalFetch = globalThis.fetch;
    globalThis.fetch = (() => Promise.reject(new Error("fetched again"))) as typeof fetch;
    try {
      const data = await loadGeo(u);
      expect(data.issues).toEqual([]);
      expect(data.strikes.length).toBeGreaterThanOrEqual(6);
      expect(calls).toHaveLength(3);
      // Each prefetch serves one load: a later load fetches (here: fails, and says so).
      const again = await loadGeo(u);
      expect(again.issues.map((i) => i.message)).toContain("could not be read (fetched again)");
    } finally {
      globalThis.fetch = globalFetch;
    }
  });

  it("keeps error handling identical: a prefetched 404 or bad JSON is reported by loadGeo", async () => {
    const { f } = counting();
    prefetchGeo(urls("gone.geojson"), f);
    const gone = await loadGeo(urls("gone.geojson"));
    expect(gone.issues).toEqual([{ file: "geo/gone.geojson", path: "", message: "HTTP 404" }]);
    prefetchGeo(urls("bad.geojson"), f);
    const bad = await loadGeo(urls("bad.geojson"));
    expect(bad.issues[0]?.message).toMatch(/^is not valid JSON/);
    expect(bad.missions.length).toBeGreaterThanOrEqual(4);
  });

  it("is not used by a load with its own fetcher", async () => {
    const pre = counting();
    prefetchGeo(urls("s.geojson"), async () => {
      throw new TypeError("prefetch should not be used");
    });
    const data = await loadGeo(urls("s.geojson"), pre.f);
    expect(data.issues).toEqual([]);
    expect(pre.calls).toHaveLength(3);
    await loadGeo(urls("s.geojson")); // drain the unused prefetch so other tests start clean
  });
});

describe("geoUrlsFromQuery", () => {
  const base = "http://127.0.0.1:4173/app/";
  it("accepts a same-origin override and names it", () => {
    const u = geoUrlsFromQuery("?strikes=./data/big.geojson", base);
    expect(u.strikes).toEqual({
      url: "http://127.0.0.1:4173/app/data/big.geojson",
      name: "./data/big.geojson",
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
