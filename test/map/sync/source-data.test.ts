import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { addEmptySource, setSourceData } from "@/map/sync/source-data";
import { FakeMap } from "../../helpers/fake-map";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const ONE: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [30, 50] } },
  ],
};

describe("setSourceData", () => {
  it("sends data, but never an empty collection to a source known to be empty", () => {
    const map = new FakeMap([]);
    addEmptySource(map.asMap, "overlay");
    const source = map.getSource("overlay");
    if (!source) throw new Error("no source");
    setSourceData(map.asMap, "overlay", EMPTY);
    expect(source.setDataCalls).toHaveLength(0);
    setSourceData(map.asMap, "overlay", ONE);
    setSourceData(map.asMap, "overlay", EMPTY);
    setSourceData(map.asMap, "overlay", EMPTY);
    expect(source.setDataCalls).toEqual([ONE, EMPTY]);
  });

  it("empties a source it did not add (its data is unknown) and ignores a missing one", () => {
    const map = new FakeMap([]).withSources("other");
    setSourceData(map.asMap, "other", EMPTY);
    expect(map.getSource("other")?.setDataCalls).toEqual([EMPTY]);
    expect(() => setSourceData(map.asMap, "missing", ONE)).not.toThrow();
  });

  it("keeps what it knows per map", () => {
    const a = new FakeMap([]);
    const b = new FakeMap([]).withSources("overlay");
    addEmptySource(a.asMap, "overlay");
    setSourceData(b.asMap, "overlay", EMPTY);
    expect(b.getSource("overlay")?.setDataCalls).toHaveLength(1);
  });
});
