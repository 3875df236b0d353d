/** The importer accepts exactly the years the strike schema accepts, and says which when not. */
import { describe, expect, it } from "vitest";
import { DATA_YEARS } from "@/domain/schema";
import { parseDateTime } from "@/import/dates";
import { importBytes } from "@/import/import-file";

const settings = {
  target: "strikes",
  zone: "Europe/Kyiv",
  defaultUncertaintyM: 500,
  layerId: "L1",
} as const;

describe("import year range", () => {
  it("is the schema's range (one shared constant)", () => {
    expect(DATA_YEARS).toEqual({ first: 2000, last: 2099 });
    expect("error" in parseDateTime(`${DATA_YEARS.first}-01-01`, "00:00")).toBe(false);
    expect("error" in parseDateTime(`${DATA_YEARS.last}-12-31`, "12:00")).toBe(false);
  });

  it.each(["1999-12-31", "1900-06-01", "2100-01-01"])("refuses %s naming 2000–2099", (date) => {
    const r = parseDateTime(date, undefined);
    expect("error" in r && r.error).toContain("outside the years Nearmiss handles (2000–2099)");
  });

  it("lists a CSV row outside the range with its row number and the allowed years", async () => {
    const csv = [
      "id,date,time,lat,lon",
      "a,2024-05-01,10:00,50.45,30.52",
      "b,1950-05-01,10:00,50.45,30.52",
      "c,2100-01-01,10:00,50.45,30.52",
      "d,2024-05-02,10:00,50.45,30.52",
      "e,2024-05-03,10:00,50.45,30.52",
      "f,2024-05-04,10:00,50.45,30.52",
    ].join("\n");
    const out = await importBytes("years.csv", new TextEncoder().encode(csv), settings);
    expect(out.strikes.map((s) => s.id.split(":").pop())).toEqual(["a", "d", "e", "f"]);
    const errors = out.problems.filter((p) => p.severity === "error");
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e.reason).toContain("2000–2099");
    expect(errors.map((e) => e.row)).toEqual([3, 4]);
  });
});
