import { readFileSync, writeFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { toGeoJson } from "@/analysis/export-geojson";
import { toKml } from "@/analysis/export-kml";
import { type ExportMeta, measureOf } from "@/analysis/export-meta";
import { toFullCsv } from "@/analysis/export-table";
import { parseMissions, parseStrikes } from "@/domain/parse-geo";

const strikes = parseStrikes(JSON.parse(readFileSync("geo/strikes.geojson", "utf8")), "s").items;
const missions = parseMissions(JSON.parse(readFileSync("geo/missions.geojson", "utf8")), "m").items;
const shown = strikes.filter((s) => s.time.startsWith("2025-11-14"));
const meta: ExportMeta = {
  title: "Nearmiss export",
  datasetVersion: "2026-11-24",
  licence: "CC BY 4.0",
  window: "2025-11-13 18:00 – 2025-11-14 06:00 (Europe/Kyiv)",
  filters: "confidence hidden: low",
  permalink: "https://example.org/#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00",
};
const measure = measureOf([missions[0]?.lngLat ?? [0, 0], shown[0]?.lngLat ?? [0, 0]]);

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (review the diff). */
function golden(name: string, text: string) {
  const path = `test/fixtures/export/${name}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

describe("export writers", () => {
  it("CSV: metadata, every site's distance columns, sites and measurement sections", () => {
    const csv = toFullCsv(meta, shown, missions, measure);
    golden("strikes.csv", csv);
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe("# dataset_version: 2026-11-24");
    const header = lines.find((l) => l.startsWith("id,"))?.split(",") ?? [];
    for (const m of missions) expect(header).toContain(`${m.id}__distance_m`);
    expect(header).toContain("layer");
    expect(lines).toContain(`# sites: ${missions.length}`);
    expect(lines.some((l) => l.startsWith("# measurement: "))).toBe(true);
  });

  it("GeoJSON: the strikes parse back unchanged with the data set's own parser", () => {
    const fc = JSON.parse(JSON.stringify(toGeoJson(meta, shown, missions, measure)));
    golden("strikes.geojson", `${JSON.stringify(fc, null, 1)}\n`);
    const back = parseStrikes(fc, "export");
    expect(back.issues).toEqual([]);
    const strip = (s: (typeof shown)[number]) => ({ ...s, mapId: 0 });
    expect(back.items.map(strip)).toEqual(shown.map(strip));
    const sites = parseMissions(fc.nearmiss.sites, "sites");
    expect(sites.issues).toEqual([]);
    expect(sites.items).toEqual(missions);
    expect(fc.metadata.version).toBe("2026-11-24");
    expect(Object.keys(fc.nearmiss.strikes[shown[0]?.id ?? ""].sites)).toHaveLength(
      missions.length,
    );
    expect(fc.nearmiss.measurement.geometry.type).toBe("LineString");
  });

  it("KML: well-formed, one Placemark per strike and site plus the measurement", () => {
    const kml = toKml({ ...meta, title: 'A <title> & "quotes"' }, shown, missions, measure);
    golden("strikes.kml", kml);
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") errors.push(msg);
      },
    }).parseFromString(kml, "text/xml");
    expect(errors).toEqual([]);
    const root = doc.documentElement;
    expect(root?.nodeName).toBe("kml");
    expect(root?.getAttribute("xmlns")).toBe("http://www.opengis.net/kml/2.2");
    const marks = doc.getElementsByTagName("Placemark");
    expect(marks.length).toBe(shown.length + missions.length + 1);
    expect(doc.getElementsByTagName("TimeStamp").length).toBe(shown.length);
    expect(doc.getElementsByTagName("LineString").length).toBe(1);
    expect(doc.getElementsByTagName("name")[0]?.textContent).toBe('A <title> & "quotes"');
  });
});
