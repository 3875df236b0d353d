import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "@/analysis/search";
import { searchIndexOf, warmSearchIndex } from "@/state/search-selectors";
import { embassy, strike } from "../helpers/domain-fixtures";

describe("warmSearchIndex", () => {
  it("builds the index in slices, then the same index as buildSearchIndex", () => {
    const strikes = Array.from({ length: 1000 }, (_, i) =>
      strike({ id: `s${i}`, mapId: i + 1, time: "2025-11-10T12:00:00+02:00" }),
    );
    const missions = [embassy];
    let clock = 0;
    const now = () => clock++;
    let calls = 1;
    // A budget of one clock tick: each call folds one slice (256 records) and stops.
    while (!warmSearchIndex(strikes, missions, 1, now)) calls++;
    expect(calls).toBe(4);
    const index = searchIndexOf(strikes, missions);
    expect(index).toEqual(buildSearchIndex(strikes, missions));
  });
});
