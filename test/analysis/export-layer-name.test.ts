import { describe, expect, it } from "vitest";
import { toGeoJson } from "@/analysis/export-geojson";
import { toKml } from "@/analysis/export-kml";
import type { ExportMeta } from "@/analysis/export-meta";
import { layerLabel, siteExportRows, strikeExportRows, toFullCsv } from "@/analysis/export-table";
import { exportMetaOf, licenceOf } from "@/state/export-selectors";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { createAppStore } from "@/state/store";
import { embassy, strike } from "../helpers/domain-fixtures";

const names = { imp1: "kyiv monitoring.csv" };
const imported = strike({ id: "imp1:r1", time: "2025-11-14T01:00:00+02:00", layerId: "imp1" });
const builtin = strike({ id: "s1", time: "2025-11-14T02:00:00+02:00" });
const site = { ...embassy, id: "imp1:site", layerId: "imp1" };
/** The layer "kyiv monitoring.csv" holding `imported`. */
const importedLayer = (): ImportedLayer => ({
  id: "imp1",
  fileName: "kyiv monitoring.csv",
  target: "strikes",
  importedAtMs: 0,
  rowCount: 1,
  strikes: [imported],
  missions: [],
  problems: [],
  visible: true,
});
const meta: ExportMeta = {
  title: "t",
  datasetVersion: "v",
  licence: "l",
  window: "w",
  filters: "none",
  permalink: "p",
  layerNames: names,
};

describe("the export's layer column names the file a row came from", () => {
  it("gives an imported record its layer's file name and a built-in one 'builtin'", () => {
    expect(layerLabel(imported, names)).toBe("kyiv monitoring.csv");
    expect(layerLabel(builtin, names)).toBe("builtin");
    // A layer the names do not know (e.g. removed meanwhile) keeps its id rather than nothing.
    expect(layerLabel(imported, {})).toBe("imp1");
    // Names come from own keys only.
    expect(layerLabel({ layerId: "toString" }, names)).toBe("toString");
  });

  it("writes the file name in strike and site rows, CSV, KML and GeoJSON", () => {
    expect(strikeExportRows([imported], [embassy], names)[0]?.layer).toBe("kyiv monitoring.csv");
    expect(siteExportRows([site], names)[0]?.layer).toBe("kyiv monitoring.csv");
    const csv = toFullCsv(meta, [imported], [site]);
    expect(csv).toContain(",kyiv monitoring.csv,");
    expect(csv).not.toMatch(/,imp1,/);
    expect(toKml(meta, [imported], [site])).toContain("<value>kyiv monitoring.csv</value>");
    const gj = toGeoJson(meta, [imported], [site]);
    expect(gj.nearmiss.strikes["imp1:r1"]?.layer).toBe("kyiv monitoring.csv");
  });

  it("takes the names from the store's imported layers", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    store.getState().addLayer(importedLayer());
    expect(exportMetaOf(store.getState(), "p").layerNames).toEqual(names);
  });

  it("says the built-in licence does not cover imported rows, while any imported layer is shown", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    const before = exportMetaOf(store.getState(), "p").licence;
    expect(before).not.toContain("imported");
    store.getState().addLayer(importedLayer());
    const withLayer = exportMetaOf(store.getState(), "p").licence;
    expect(withLayer.startsWith(before)).toBe(true);
    expect(withLayer).toContain("rows from imported files");
    // A picture has no layer column: its caption says it of the records on the map.
    const image = licenceOf(store.getState(), "image");
    expect(image).toContain("imported records on the map");
    expect(image).not.toContain("layer column");
    store.getState().setLayerVisible("imp1", false);
    expect(exportMetaOf(store.getState(), "p").licence).toBe(before);
  });
});
