import { describe, expect, it } from "vitest";
import { navLabelOf } from "@/state/navigator-selectors";
import { createAppStore } from "@/state/store";
import { embassy, strike } from "../helpers/domain-fixtures";

const hit = strike({
  id: "hit",
  mapId: 1,
  time: "2025-11-14T01:00:00+02:00",
  name: { en: "Compound hit" },
  lngLat: [30.4906, 50.4612],
});

function loaded() {
  const store = createAppStore();
  store.getState().setLoadedData({
    missions: [embassy],
    strikes: [hit],
    events: [],
    issues: [],
    datasetVersion: undefined,
  });
  return store;
}

describe("navigator labels", () => {
  it("are made once per strike while only the window moves (the scrub's hot path)", () => {
    const store = loaded();
    const first = navLabelOf(store.getState(), { kind: "strike", id: "hit" });
    const { startMs, endMs } = store.getState().timeWindow;
    store.getState().setTimeWindow({ startMs: startMs - 86_400_000, endMs });
    expect(navLabelOf(store.getState(), { kind: "strike", id: "hit" })).toBe(first);
  });

  it("are made again when the unit, the time zone or the language changes", () => {
    const store = loaded();
    const sel = { kind: "strike", id: "hit" } as const;
    const metres = navLabelOf(store.getState(), sel);
    const miles = navLabelOf(store.getState(), sel, "imperial");
    expect(miles?.nearest?.distance).not.toBe(metres?.nearest?.distance);
    store.getState().setZoneMode(store.getState().zoneMode === "utc" ? "kyiv" : "utc");
    const zoned = navLabelOf(store.getState(), sel);
    expect(zoned?.date).not.toBe(metres?.date);
  });
});
