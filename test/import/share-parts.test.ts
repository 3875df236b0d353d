import { describe, expect, it } from "vitest";
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
