import { distance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import type { LngLat, Mission, Strike } from "@/domain/types";
import { measureFeatures, measurePath, selectMeasurement } from "@/state/measure-selectors";
import type { MeasurePoint } from "@/state/slices/tool-slice";
import { createAppStore } from "@/state/store";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const iskander = strike({ id: "s1", time: "2025-11-14T01:00:00+02:00" });
const strikes = new Map<string, Strike>([[iskander.id, iskander]]);
const missions = new Map<string, Mission>([
  [embassy.id, embassy],
  [consulate.id, consulate],
]);
const snapped = (
  kind: "strike" | "mission",
  id: string,
  lngLat: LngLat = [0, 0],
): MeasurePoint => ({
  lngLat,
  ref: { kind, id },
});
const round6 = (p: readonly number[]) => p.map((x) => Math.round(x * 1e6) / 1e6);

describe("measurePath", () => {
  it("measures a snapped strike → mission pair with the exact geodesic and both uncertainties", () => {
    const m = measurePath(
      [snapped("strike", "s1"), snapped("mission", embassy.id)],
      strikes,
      missions,
    );
    expect(m.vertices.map((v) => round6(v.lngLat))).toEqual([
      [30.4906, 50.4612],
      [30.49056, 50.46082],
    ]);
    const [seg] = m.segments;
    // Golden: geographiclib WGS84 inverse, 42.365734 m at 183.844163°.
    expect(seg?.distanceM).toBeCloseTo(42.365734, 5);
    expect(seg?.bearingDeg).toBeCloseTo(183.844163, 5);
    expect(seg?.minM).toBe(0);
    expect(seg?.maxM).toBeCloseTo(42.365734 + 150 + 100, 5);
    expect(m.hasUncertainty).toBe(true);
  });

  it("sums segments into the total and its conservative bounds", () => {
    const points = [
      snapped("strike", "s1"),
      snapped("mission", embassy.id),
      snapped("mission", consulate.id),
    ];
    const m = measurePath(points, strikes, missions);
    expect(m.segments).toHaveLength(2);
    // Golden: 412 794.591 m from the test embassy to the test consulate (geographiclib).
    expect(m.segments[1]?.distanceM).toBeCloseTo(412_794.591, 2);
    // Independent plausibility: Turf's spherical distance agrees within 0.5 %.
    const turfM = distance([30.49056, 50.46082], [36.23, 49.99], { units: "meters" });
    expect(Math.abs((m.segments[1]?.distanceM ?? 0) - turfM) / turfM).toBeLessThan(0.005);
    expect(m.totalM).toBeCloseTo(42.365734 + 412_794.591, 2);
    expect(m.totalMinM).toBeCloseTo(0 + 412_794.591 - 5100, 2);
    expect(m.totalMaxM).toBeCloseTo(42.365734 + 250 + 412_794.591 + 5100, 2);
    // The long segment is drawn with intermediate geodesic points no more than 2 km apart.
    expect(m.segments[1]?.line.length).toBeGreaterThan(200);
  });

  it("treats a point placed by hand as exact and keeps where it was put", () => {
    const m = measurePath(
      [{ lngLat: [30.5, 50.45] }, { lngLat: [30.5, 50.46] }],
      strikes,
      missions,
    );
    expect(m.hasUncertainty).toBe(false);
    expect(m.segments[0]?.minM).toBe(m.segments[0]?.distanceM);
    expect(m.segments[0]?.distanceM).toBeCloseTo(1112.5, 0);
  });

  it("drops a ref missing from the data but keeps its stored position", () => {
    const m = measurePath([snapped("strike", "gone", [30.5, 50.4])], strikes, missions);
    expect(m.vertices[0]?.ref).toBeUndefined();
    expect(m.vertices[0]?.lngLat).toEqual([30.5, 50.4]);
    expect(m.vertices[0]?.uncertaintyM).toBe(0);
  });

  it("gives an empty measurement for no points or one point", () => {
    expect(measurePath([], strikes, missions).totalM).toBe(0);
    expect(measurePath([{ lngLat: [30, 50] }], strikes, missions).segments).toEqual([]);
  });

  it("does not mutate its input", () => {
    const points = deepFreeze([snapped("strike", "s1"), snapped("mission", embassy.id)]);
    const frozenStrikes = deepFreeze(new Map(strikes));
    expect(() => measurePath(points, frozenStrikes, missions)).not.toThrow();
    expect(points[0]?.lngLat).toEqual([0, 0]);
  });
});

describe("measureFeatures", () => {
  it("draws segments, vertices (snapped flag) and labels in the chosen unit", () => {
    const points = [
      snapped("strike", "s1"),
      snapped("mission", embassy.id),
      { lngLat: [30.5, 50.46] as const },
    ];
    const m = measurePath(points, strikes, missions);
    const fc = measureFeatures(m, "metric");
    const roles = fc.features.map((f) => f.properties?.role);
    expect(roles.filter((r) => r === "segment")).toHaveLength(2);
    expect(roles.filter((r) => r === "vertex")).toHaveLength(3);
    const labels = fc.features
      .filter((f) => f.properties?.role === "label")
      .map((f) => f.properties?.label);
    expect(labels[0]).toBe("42 m");
    const total = fc.features.find((f) => f.properties?.role === "total");
    expect(total?.properties?.label).toMatch(/^Total \d+ m$/);
    const vertices = fc.features.filter((f) => f.properties?.role === "vertex");
    expect(vertices.map((f) => [f.id, f.properties?.snapped])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(
      measureFeatures(m, "imperial").features.find((f) => f.properties?.role === "label")
        ?.properties?.label,
    ).toBe("139 ft");
  });
});

describe("selectMeasurement", () => {
  it("follows the store and is memoised on the path and data", () => {
    const store = createAppStore();
    store.getState().setLoadedData({
      missions: [embassy, consulate],
      strikes: [iskander],
      events: [],
      issues: [],
      datasetVersion: undefined,
    });
    store.getState().setMeasurePoints([snapped("strike", "s1"), snapped("mission", embassy.id)]);
    const a = selectMeasurement(store.getState());
    expect(a.segments[0]?.distanceM).toBeCloseTo(42.365734, 5);
    expect(selectMeasurement(store.getState())).toBe(a);
    store.getState().removeLastMeasurePoint();
    expect(selectMeasurement(store.getState()).segments).toEqual([]);
  });
});
