import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";

describe("records from a table share their empty and repeated parts", () => {
  const csv = [
    "id,date,lat,lon,source",
    "a,2025-11-14 01:00,50.45,30.52,https://example.org/r",
    "b,2025-11-14 02:00,50.46,30.53,https://example.org/r",
    "c,2025-11-14 03:00,50.47,30.54,",
  ].join("\n");
  const settings = {
    target: "strikes",
    zone: "Europe/Kyiv",
    defaultUncertaintyM: 500,
    layerId: "t",
  } as const;

  it("builds them shared: one object for every empty part and equal list", async () => {
    const out = await importBytes("t.csv", new TextEncoder().encode(csv), settings);
    const [a, b, c] = out.strikes;
    expect(out.strikes).toHaveLength(3);
    expect(a?.missionIds).toBe(c?.missionIds);
    expect(a?.casualties).toBe(c?.casualties);
    expect(a?.disputed).toBe(c?.disputed);
    expect(a?.defaulted).toBe(b?.defaulted);
    expect(a?.defaulted).not.toBe(c?.defaulted); // c has no source: another list
    expect(c?.defaulted).toContain("source");
    expect(a?.sources[0]).toEqual(b?.sources[0]);
    expect(a?.sources[0]).toEqual({
      url: "https://example.org/r",
      publisher: "example.org",
      title: "Link given in t.csv",
    });
  });

  it("leaves nothing a caller could mutate into another record", async () => {
    const out = await importBytes("t.csv", new TextEncoder().encode(csv), settings);
    const [a] = out.strikes;
    expect(Object.isFrozen(a?.missionIds)).toBe(true);
    expect(Object.isFrozen(a?.defaulted)).toBe(true);
  });
});
