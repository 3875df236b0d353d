import { afterEach, describe, expect, it, vi } from "vitest";
import { LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL, SOURCE_STRIKES } from "@/map/ids";
import { StrikeGl } from "@/map/strike-gl/strike-layer";
import type { StrikeRecords } from "@/map/strike-gl/strike-records";
import { syncStrikes } from "@/map/sync/strikes-sync";
import { warmersOf } from "@/state/data-warmers";
import { FakeMap } from "../../helpers/fake-map";
import { hourlyStrikes, storeWith } from "../../helpers/map-store";

afterEach(() => {
  vi.restoreAllMocks();
});

/** The records each `setStrikes` call left the layer holding. */
function recordsHeld(): Float32Array[] {
  const held: Float32Array[] = [];
  const original = StrikeGl.prototype.setStrikes;
  vi.spyOn(StrikeGl.prototype, "setStrikes").mockImplementation(function (this: StrikeGl, ...a) {
    original.apply(this, a);
    held.push(this.heldRecords());
  });
  return held;
}

describe("syncStrikes ahead of a staged data change", () => {
  it("registers a warmer whose records the layer then draws, and removes it on teardown", () => {
    const map = new FakeMap([LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL]).withSources(
      SOURCE_STRIKES,
    );
    const store = storeWith(hourlyStrikes(10));
    const held = recordsHeld();
    const stop = syncStrikes(map.asMap, store);
    const [warm, ...others] = warmersOf(store);
    expect(warm).toBeDefined();
    expect(others).toHaveLength(0);
    const next = { ...store.getState(), strikes: hourlyStrikes(40) };
    const warmed = warm?.(next) as StrikeRecords;
    expect(warmed.data.length).toBeGreaterThanOrEqual(40 * 8);
    store.setState({ strikes: next.strikes });
    // The commit's setStrikes took the records built ahead: the very same array.
    expect(held.at(-1)).toBe(warmed.data);
    // Without warming, the commit builds new ones.
    store.setState({ strikes: hourlyStrikes(41) });
    expect(held.at(-1)).not.toBe(warmed.data);
    stop();
    expect(warmersOf(store)).toHaveLength(0);
  });
});
