import { describe, expect, it } from "vitest";
import { toGeoJson } from "@/analysis/export-geojson";
import { toKml } from "@/analysis/export-kml";
import type { ExportMeta } from "@/analysis/export-meta";
import { toFullCsv } from "@/analysis/export-table";
import { exportFile } from "@/ui/export-files";
import { embassy, strike } from "../helpers/domain-fixtures";

const meta = {
  title: "Nearmiss",
  window: "1 Nov – 14 Nov 2025",
  filters: "none",
  datasetVersion: "2025-11-20",
  licence: "CC BY 4.0",
  permalink: "https://example.org/#x",
  exportedAt: "2025-11-20T10:00:00Z",
} as unknown as ExportMeta;
const data = {
  meta,
  strikes: [strike({ id: "s1", time: "2025-11-14T01:00:00+02:00" })],
  missions: [embassy],
};

describe("exportFile", () => {
  it("writes each format with its writer, extension and type", () => {
    expect(exportFile("CSV", data)).toEqual({
      ext: "csv",
      type: "text/csv;charset=utf-8",
      text: toFullCsv(meta, data.strikes, data.missions, undefined),
    });
    expect(exportFile("KML", data)).toEqual({
      ext: "kml",
      type: "application/vnd.google-earth.kml+xml",
      text: toKml(meta, data.strikes, data.missions, undefined),
    });
    const geo = exportFile("GeoJSON", data);
    expect(geo.ext).toBe("geojson");
    expect(geo.type).toBe("application/geo+json");
    expect(JSON.parse(geo.text)).toEqual(toGeoJson(meta, data.strikes, data.missions, undefined));
  });
});
