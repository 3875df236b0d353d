import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";
import { bindUrlState, decodeUrlState, encodeUrlState } from "@/state/url-state";

const night = {
  startMs: Date.parse("2025-11-13T18:00:00+02:00"),
  endMs: Date.parse("2025-11-14T06:00:00+02:00"),
};

describe("url state", () => {
  it("encodes the window as readable ISO instants with offset", () => {
    const hash = encodeUrlState({
      timeWindow: night,
      selection: { kind: "strike", id: "kyiv-2025-11-14" },
    });
    expect(hash).toBe(
      "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&strike=kyiv-2025-11-14",
    );
  });
  it("round-trips", () => {
    const state = {
      timeWindow: night,
      selection: { kind: "mission", id: "embassy-kyiv" },
    } as const;
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });
  it("ignores malformed or reversed windows", () => {
    expect(decodeUrlState("#from=nope&to=2025-11-14T06:00+02:00").timeWindow).toBeUndefined();
    expect(
      decodeUrlState("#from=2025-11-14T06:00+02:00&to=2025-11-13T06:00+02:00").timeWindow,
    ).toBeUndefined();
    expect(decodeUrlState("").selection).toBeUndefined();
  });
  it("restores a window into a store that has not loaded yet", () => {
    const store = createAppStore();
    const fakeWindow = {
      location: { hash: encodeUrlState({ timeWindow: night }), pathname: "/", search: "" },
      history: { replaceState: () => {} },
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as Window;
    const unbind = bindUrlState(store, fakeWindow);
    expect(store.getState().timeWindowFromUrl).toEqual(night);
    store.getState().setLoadedData({
      missions: [],
      strikes: [],
      events: [],
      issues: [],
      datasetVersion: undefined,
    });
    expect(store.getState().timeWindow).toEqual(night);
    unbind();
  });
});

describe("url state: display preferences", () => {
  it("keeps non-default units and time zone in the link and restores them", () => {
    const hash = encodeUrlState({ timeWindow: night, units: "imperial", zone: "utc" });
    expect(hash).toBe(
      "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&units=imperial&tz=utc",
    );
    expect(decodeUrlState(hash)).toEqual({
      timeWindow: night,
      selection: undefined,
      units: "imperial",
      zone: "utc",
    });
  });
  it("ignores unknown values", () => {
    const state = decodeUrlState("#units=parsecs&tz=mars");
    expect(state.units).toBeUndefined();
    expect(state.zone).toBeUndefined();
  });
});
