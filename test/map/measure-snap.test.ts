import { describe, expect, it } from "vitest";
import { LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL, SOURCE_STRIKES } from "@/map/ids";
import { pickSnap, type SnapCandidate, snapCandidates } from "@/map/measure/snap";
import { syncStrikes } from "@/map/sync/strikes-sync";
import { FakeMap } from "../helpers/fake-map";
import { hourlyStrikes, hoursWindow, storeWith } from "../helpers/map-store";

const at = (kind: "strike" | "mission", id: string, distancePx: number): SnapCandidate => ({
  ref: { kind, id },
  lngLat: [30.49056, 50.46082],
  distancePx,
});
const crater = at("strike", "crater", 2);
const later = at("strike", "later", 2);
const embassy = at("mission", "embassy", 2);
const park = at("mission", "park", 8);

describe("pickSnap", () => {
  it("snaps nothing when every symbol is farther than the snap radius", () => {
    expect(pickSnap([at("strike", "x", 10.5)], undefined, null)).toBeUndefined();
    expect(pickSnap([], undefined, null)).toBeUndefined();
  });

  it("prefers the nearest symbol when they are apart", () => {
    expect(pickSnap([park, at("mission", "close", 1)], undefined, null)?.ref.id).toBe("close");
  });

  it("on a shared spot, starts on a strike, then goes to the other kind (crater → embassy)", () => {
    expect(pickSnap([embassy, crater], undefined, null)?.ref.id).toBe("crater");
    expect(pickSnap([crater, embassy, later], { kind: "strike", id: "crater" }, null)?.ref.id).toBe(
      "embassy",
    );
  });

  it("prefers the selected record among strikes on the same spot", () => {
    const pick = pickSnap([later, crater, embassy], undefined, { kind: "strike", id: "crater" });
    expect(pick?.ref.id).toBe("crater");
    expect(
      pickSnap([crater, later, embassy], undefined, { kind: "strike", id: "later" })?.ref.id,
    ).toBe("later");
  });

  it("does not snap to the previous vertex again while something else is there", () => {
    const pick = pickSnap([crater, park], { kind: "strike", id: "crater" }, null);
    expect(pick?.ref.id).toBe("park");
    expect(pickSnap([crater], { kind: "strike", id: "crater" }, null)?.ref.id).toBe("crater");
  });

  it("does not mutate its input", () => {
    const input = Object.freeze([
      Object.freeze(park),
      Object.freeze(embassy),
      Object.freeze(crater),
    ]);
    expect(() => pickSnap(input, undefined, null)).not.toThrow();
    expect(input.map((c) => c.ref.id)).toEqual(["park", "embassy", "crater"]);
  });
});

describe("snapCandidates", () => {
  function setup(n: number) {
    const map = new FakeMap([LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL]).withSources(
      SOURCE_STRIKES,
    );
    // Strike i sits at lng 30.4 + i·0.001: 100 px apart at this scale.
    map.pxPerDeg = 100_000;
    const store = storeWith(hourlyStrikes(n));
    syncStrikes(map.asMap, store);
    return { map, store };
  }

  it("finds a strike of a window too large for the GeoJSON copy (6000 strikes)", () => {
    const { map, store } = setup(6000);
    const p = map.project([30.403, 50.4]);
    const found = snapCandidates(map.asMap, store, { x: p.x + 3, y: p.y });
    expect(found.map((c) => c.ref)).toEqual([{ kind: "strike", id: "s3" }]);
    expect(found[0]?.distancePx).toBeCloseTo(3, 6);
    expect(pickSnap(found, undefined, null)?.ref.id).toBe("s3");
  });

  it("leaves out strikes outside the window unless selected", () => {
    const { map, store } = setup(10);
    store.getState().setTimeWindow(hoursWindow(0, 2));
    const p = map.project([30.403, 50.4]);
    expect(snapCandidates(map.asMap, store, p)).toEqual([]);
    store.getState().select({ kind: "strike", id: "s3" }, "list");
    expect(snapCandidates(map.asMap, store, p).map((c) => c.ref.id)).toEqual(["s3"]);
  });
});
