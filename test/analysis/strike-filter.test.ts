import { describe, expect, it } from "vitest";
import {
  describeFilters,
  filterMask,
  isNoFilter,
  NO_FILTERS,
  strikePredicate,
} from "@/analysis/strike-filter";
import { embassy, strike } from "../helpers/domain-fixtures";

const near = strike({ id: "near", time: "2025-01-01T00:00:00Z", lngLat: [30.4919, 50.4608] });
const far = strike({
  id: "far",
  time: "2025-01-02T00:00:00Z",
  lngLat: [30.6, 50.45],
  weaponClass: "drone",
  confidence: "low",
  locationPrecision: "city",
  layerId: "upload-1",
});

describe("strike filters", () => {
  it("keeps everything with no filters", () => {
    expect(isNoFilter(NO_FILTERS)).toBe(true);
    const keep = strikePredicate(NO_FILTERS, [embassy]);
    expect([near, far].every(keep)).toBe(true);
  });
  it("hides by weapon, confidence, precision and layer", () => {
    const by = (f: Partial<typeof NO_FILTERS>) =>
      [near, far].filter(strikePredicate({ ...NO_FILTERS, ...f }, [embassy])).map((s) => s.id);
    expect(by({ hiddenWeapons: ["drone"] })).toEqual(["near"]);
    expect(by({ hiddenConfidence: ["low"] })).toEqual(["near"]);
    expect(by({ hiddenPrecision: ["city"] })).toEqual(["near"]);
    expect(by({ hiddenLayers: ["upload-1"] })).toEqual(["near"]);
    expect(by({ hiddenLayers: ["builtin"] })).toEqual(["far"]);
  });
  it("keeps strikes within a geodesic distance of a site, none for an unknown site", () => {
    const within = (m: number, id = embassy.id) =>
      [near, far]
        .filter(strikePredicate({ ...NO_FILTERS, near: { missionId: id, withinM: m } }, [embassy]))
        .map((s) => s.id);
    // near is ~93 m east of the test embassy.
    expect(within(1000)).toEqual(["near"]);
    expect(within(50)).toEqual([]);
    expect(within(1e6)).toEqual(["near", "far"]);
    expect(within(1e6, "nowhere")).toEqual([]);
  });
  it("builds a mask with running counts", () => {
    const { mask, prefix } = filterMask(
      [near, far, near],
      { ...NO_FILTERS, hiddenWeapons: ["drone"] },
      [],
    );
    expect([...mask]).toEqual([1, 0, 1]);
    expect([...prefix]).toEqual([0, 1, 1, 2]);
  });
  it("without filters, shows every strike with the count at each index, as the predicate says", () => {
    const list = [near, far, near, far, far];
    const { mask, prefix } = filterMask(list, NO_FILTERS, []);
    const keep = strikePredicate(NO_FILTERS, []);
    expect([...mask]).toEqual(list.map((s) => (keep(s) ? 1 : 0)));
    expect([...prefix]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(filterMask([], NO_FILTERS, [])).toEqual({
      mask: new Uint8Array(0),
      prefix: new Uint32Array(1),
    });
  });
  it("describes filters in words", () => {
    expect(describeFilters(NO_FILTERS, (id) => id)).toBe("none");
    expect(
      describeFilters(
        { ...NO_FILTERS, hiddenConfidence: ["low"], near: { missionId: "e", withinM: 1000 } },
        () => "the embassy",
      ),
    ).toBe("confidence hidden: low; within 1000 m of the embassy");
  });
});
