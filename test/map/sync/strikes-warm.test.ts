import { afterEach, describe, expect, it, vi } from "vitest";
import { LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL, SOURCE_STRIKES } from "@/map/ids";
import { buildInstanceData } from "@/map/strike-gl/instance-data";
import { syncStrikes } from "@/map/sync/strikes-sync";
import { warmAhead } from "@/state/data-warmers";
import { FakeMap } from "../../helpers/fake-map";
import { hourlyStrikes, storeWith } from "../../helpers/map-store";

vi.mock("@/map/strike-gl/instance-data", async (original) => {
  const real = await original<typeof import("@/map/strike-gl/instance-data")>();
  return { ...real, buildInstanceData: vi.fn(real.buildInstanceData) };
});

afterEach(() => {
  vi.clearAllMocks();
});

describe("syncStrikes ahead of a staged data change", () => {
  it("builds the new strikes' GL records while warming, so the commit does not", async () => {
    const map = new FakeMap([LAYER_MISSIONS_HIGHLIGHT, LAYER_STRIKES_SYMBOL]).withSources(
      SOURCE_STRIKES,
    );
    const store = storeWith(hourlyStrikes(10));
    const stop = syncStrikes(map.asMap, store);
    const build = vi.mocked(buildInstanceData);
    build.mockClear();
    const next = { ...store.getState(), strikes: hourlyStrikes(40) };
    await warmAhead(store, next, () => Promise.resolve());
    expect(build).toHaveBeenCalledTimes(1);
    expect(build.mock.calls[0]?.[0]).toBe(next.strikes);
    store.setState({ strikes: next.strikes });
    expect(build).toHaveBeenCalledTimes(1);
    // Without warming, the commit builds them itself.
    store.setState({ strikes: hourlyStrikes(41) });
    expect(build).toHaveBeenCalledTimes(2);
    // After teardown the map's warmer is gone.
    stop();
    await warmAhead(store, { ...store.getState(), strikes: hourlyStrikes(42) }, async () => {});
    expect(build).toHaveBeenCalledTimes(2);
  });
});
