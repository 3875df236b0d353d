import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";
import { shareCommonParts } from "@/import/share-parts";
import { strike } from "../helpers/domain-fixtures";

describe("shareCommonParts", () => {
  const plain = (i: number) =>
    strike({
      id: `s${i}`,
      time: "2025-11-14T01:00:00+02:00",
      disputed: [],
      missionIds: [],
      casualties: {},
      defaulted: ["confidence", "uncertainty"],
    });
  const rich = strike({
    id: "r",
    time: "2025-11-14T01:00:00+02:00",
    disputed: [{ what: "time", by: "x" }],
    missionIds: ["embassy-kyiv"],
    casualties: { killed: 1 },
  });

  it("keeps every value and leaves the input untouched", () => {
    const input = [plain(1), rich, plain(2)];
    const before = structuredClone(input);
    const out = shareCommonParts(input);
    expect(out).toEqual(before);
    expect(input).toEqual(before);
    expect(out[1]?.disputed).toBe(rich.disputed);
    expect(out[1]?.casualties).toBe(rich.casualties);
  });

  it("shares empty and repeated parts, so a message copies them once", () => {
    const [a, b] = shareCommonParts([plain(1), plain(2)]);
    expect(a?.disputed).toBe(b?.disputed);
    expect(a?.missionIds).toBe(b?.missionIds);
    expect(a?.casualties).toBe(b?.casualties);
    expect(a?.defaulted).toBe(b?.defaulted);
    expect(Object.isFrozen(a?.defaulted)).toBe(true);
    // Structured clone keeps the sharing: one copy on the receiving side.
    const [ca, cb] = structuredClone([a, b]);
    expect(ca?.defaulted).toBe(cb?.defaulted);
  });

  it("keeps a strike without defaulted fields without them", () => {
    const s = strike({ id: "x", time: "2025-11-14T01:00:00+02:00" });
    const { defaulted: _, ...noDefaults } = s;
    expect("defaulted" in (shareCommonParts([noDefaults as typeof s])[0] ?? {})).toBe(false);
  });
});

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

  it("builds them shared, so shareCommonParts has nothing to copy", async () => {
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
    const shared = shareCommonParts(out.strikes);
    for (const [i, s] of shared.entries()) expect(s).toBe(out.strikes[i]);
  });

  it("leaves nothing a caller could mutate into another record", async () => {
    const out = await importBytes("t.csv", new TextEncoder().encode(csv), settings);
    const [a] = out.strikes;
    expect(Object.isFrozen(a?.missionIds)).toBe(true);
    expect(Object.isFrozen(a?.defaulted)).toBe(true);
  });
});
