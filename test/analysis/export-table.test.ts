import { describe, expect, it } from "vitest";
import { strikeExportRows, toCsv } from "@/analysis/export-table";
import { geodesicInverse } from "@/analysis/geodesic";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

describe("strike export", () => {
  const s = strike({
    id: "s1",
    time: "2025-11-14T01:00:00+02:00",
    name: { en: '=HYPERLINK("x"), "quoted"' },
    lngLat: [30.4951, 50.4622],
    disputed: [{ what: "attribution", by: "Russian MFA" }],
  });

  it("gives each strike its nearest mission with the exact distance and interval", () => {
    const [row] = strikeExportRows([s], [consulate, embassy]);
    const exact = geodesicInverse(s.lngLat, embassy.lngLat).distanceM;
    expect(row?.nearest_mission_id).toBe("embassy-test");
    expect(row?.nearest_distance_m).toBe(Math.round(exact * 10) / 10);
    expect(row?.nearest_min_m).toBe(Math.round(Math.max(0, exact - 250) * 10) / 10);
    expect(row?.nearest_max_m).toBe(Math.round((exact + 250) * 10) / 10);
    expect(row?.lng).toBe(30.4951);
    expect(row?.disputed).toBe("attribution (Russian MFA)");
  });

  it("writes CSV that a spreadsheet cannot execute and that keeps quotes and commas", () => {
    const csv = toCsv(strikeExportRows([s], [embassy]));
    const [header, line] = csv.split("\r\n");
    expect(header?.startsWith("id,name,time,")).toBe(true);
    expect(line).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("handles no missions and no strikes", () => {
    expect(strikeExportRows([s], [])[0]?.nearest_mission_id).toBe("");
    expect(toCsv([])).toBe(
      "id,name,time,time_precision,weapon_class,weapon_text,lng,lat,location_precision,uncertainty_m,confidence,layer,nearest_mission_id,nearest_distance_m,nearest_min_m,nearest_max_m,disputed,sources\r\n",
    );
  });
});
