import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";

const p = (lng: number, lat: number) => ({ lngLat: [lng, lat] as const });

describe("tool slice", () => {
  it("toggles between pan and measure and finishes back to pan, keeping the path", () => {
    const store = createAppStore();
    expect(store.getState().tool).toBe("pan");
    store.getState().toggleMeasure();
    expect(store.getState().tool).toBe("measure");
    store.getState().addMeasurePoint(p(30, 50));
    store.getState().finishMeasure();
    expect(store.getState().tool).toBe("pan");
    expect(store.getState().measurePoints).toHaveLength(1);
  });

  it("adds, moves, removes the last point and clears, replacing arrays each time", () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addMeasurePoint(p(30, 50));
    s().addMeasurePoint(p(31, 50));
    const before = s().measurePoints;
    s().moveMeasurePoint(1, { lngLat: [32, 51], ref: { kind: "mission", id: "m" } });
    expect(s().measurePoints).not.toBe(before);
    expect(before[1]?.lngLat).toEqual([31, 50]);
    expect(s().measurePoints[1]).toEqual({ lngLat: [32, 51], ref: { kind: "mission", id: "m" } });
    s().moveMeasurePoint(5, p(0, 0));
    s().moveMeasurePoint(-1, p(0, 0));
    expect(s().measurePoints).toHaveLength(2);
    s().removeLastMeasurePoint();
    expect(s().measurePoints.map((x) => x.lngLat)).toEqual([[30, 50]]);
    s().clearMeasure();
    expect(s().measurePoints).toEqual([]);
    s().removeLastMeasurePoint();
    expect(s().measurePoints).toEqual([]);
  });

  it("copies a path it is given, so the caller's array is never shared", () => {
    const store = createAppStore();
    const path = [p(30, 50), p(31, 50)];
    store.getState().setMeasurePoints(path);
    path.pop();
    expect(store.getState().measurePoints).toHaveLength(2);
  });
});
