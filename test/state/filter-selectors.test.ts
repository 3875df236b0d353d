import { describe, expect, it } from "vitest";
import { selectClassCounts, selectLayerIds } from "@/state/filter-selectors";
import {
  selectShownRange,
  selectShownStrikes,
  selectVisibleStrikeCount,
  selectVisibleStrikes,
} from "@/state/selectors";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { createAppStore } from "@/state/store";
import { selectHistogram } from "@/state/time-selectors";
import { embassy, strike } from "../helpers/domain-fixtures";

const strikes = [
  strike({ id: "a", time: "2025-01-01T01:00:00Z", weaponClass: "drone", mapId: 1 }),
  strike({ id: "b", time: "2025-01-01T02:00:00Z", weaponClass: "ballistic", mapId: 2 }),
  strike({
    id: "c",
    time: "2025-01-01T03:00:00Z",
    weaponClass: "drone",
    confidence: "low",
    mapId: 3,
  }),
  strike({ id: "d", time: "2025-01-05T03:00:00Z", weaponClass: "cruise", layerId: "up", mapId: 4 }),
];

function store() {
  const s = createAppStore({ clusterRunner: async () => [] });
  s.getState().setLoadedData({
    missions: [embassy],
    strikes,
    events: [],
    issues: [],
    datasetVersion: "t",
  });
  s.getState().setTimeWindow({
    startMs: Date.parse("2025-01-01T00:00:00Z"),
    endMs: Date.parse("2025-01-02T00:00:00Z"),
  });
  return s;
}

describe("filter selectors", () => {
  it("window and filters together decide the list, count and class counts", () => {
    const s = store();
    expect(selectVisibleStrikes(s.getState()).map((x) => x.id)).toEqual(["a", "b", "c"]);
    s.getState().toggleHidden("hiddenWeapons", "drone");
    const st = s.getState();
    expect(selectVisibleStrikes(st).map((x) => x.id)).toEqual(["b"]);
    expect(selectVisibleStrikeCount(st)).toBe(1);
    expect(selectShownStrikes(st).map((x) => x.id)).toEqual(["b", "d"]);
    expect(selectShownRange(st)).toEqual({ lo: 0, hi: 1 });
    // A hidden class still counts what it hides; other filters apply.
    expect(selectClassCounts(st)).toEqual({
      ballistic: 1,
      aeroballistic: 0,
      cruise: 0,
      drone: 2,
      unknown: 0,
    });
    s.getState().toggleHidden("hiddenConfidence", "low");
    expect(selectClassCounts(s.getState()).drone).toBe(1);
    // The histogram spans the whole timeline: b and d pass the filters.
    expect(selectHistogram(s.getState()).reduce((n, b) => n + b.count, 0)).toBe(2);
  });
  it("offers the built-in data, every layer with strikes on show, and hidden layers", () => {
    const s = store();
    expect(selectLayerIds(s.getState())).toEqual(["builtin"]);
    const layer = (id: string, over: Partial<ImportedLayer> = {}): ImportedLayer => ({
      id,
      fileName: `${id}.csv`,
      target: "strikes",
      importedAtMs: 0,
      rowCount: 1,
      strikes: [strike({ id: `${id}:1`, time: "2025-01-03T00:00:00Z", layerId: id, mapId: 0 })],
      missions: [],
      problems: [],
      visible: true,
      ...over,
    });
    s.getState().addLayer(layer("up"));
    // A sites file has no strikes to filter; a layer switched off has none on show.
    s.getState().addLayer(layer("sites", { target: "sites", strikes: [], missions: [embassy] }));
    s.getState().addLayer(layer("off", { visible: false }));
    expect(selectLayerIds(s.getState())).toEqual(["builtin", "up"]);
    // A layer hidden by the filter stays offered, so that it can be shown again.
    s.getState().toggleHidden("hiddenLayers", "up");
    expect(selectLayerIds(s.getState())).toEqual(["builtin", "up"]);
    s.getState().toggleHidden("hiddenLayers", "gone");
    expect(selectLayerIds(s.getState())).toEqual(["builtin", "up", "gone"]);
    // In the order of the layer list, not of each layer's first strike in time.
    s.getState().addLayer(
      layer("earlier", {
        strikes: [strike({ id: "earlier:1", time: "2024-06-01T00:00:00Z", layerId: "earlier" })],
      }),
    );
    expect(selectLayerIds(s.getState())).toEqual(["builtin", "up", "earlier", "gone"]);
  });
});
