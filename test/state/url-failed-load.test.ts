import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "@/state/store";
import { bindUrlState } from "@/state/url-state";
import { clampLinkWindow } from "@/state/url-window";
import { embassy, strike } from "../helpers/domain-fixtures";

/** A problem as users read it in English (the catalogue id it carries is checked elsewhere). */
const plain = (ps: readonly { part: string; reason: string }[]) =>
  ps.map(({ part, reason }) => ({ part, reason }));

const hit = strike({ id: "kyiv-2025-11-14", time: "2025-11-14T01:00:00+02:00" });
const data = { missions: [embassy], strikes: [hit], events: [], issues: [], datasetVersion: "t" };

function fakeWindow(hash: string) {
  const replaced: string[] = [];
  const location = { hash, pathname: "/", search: "" };
  const win = {
    location,
    history: { replaceState: (_: unknown, __: string, url: string) => replaced.push(url) },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
  return { win, replaced };
}

const LINK =
  "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&strike=kyiv-2025-11-14&measure=s:kyiv-2025-11-14;30.5,50.4";

describe("a failed load keeps the link", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("never rewrites the hash while a file failed, and says so", () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow(LINK);
    const unbind = bindUrlState(store, win);
    store.getState().setLoadedData({
      ...data,
      strikes: [],
      failedFiles: ["geo/strikes.geojson"],
      issues: [{ file: "geo/strikes.geojson", path: "", message: "HTTP 404" }],
    });
    store.getState().setZoneMode("utc");
    vi.advanceTimersByTime(1_000);
    expect(replaced).toEqual([]);
    expect(plain(store.getState().linkProblems)).toEqual([
      { part: "link", reason: "kept unchanged because geo/strikes.geojson could not be loaded" },
    ]);
    unbind();
  });

  it("writes the hash once the data loaded", () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow(LINK);
    const unbind = bindUrlState(store, win);
    store.getState().setLoadedData({ ...data, failedFiles: [] });
    store.getState().setZoneMode("utc");
    vi.advanceTimersByTime(1_000);
    expect(replaced.at(-1)).toContain("strike=kyiv-2025-11-14");
    expect(replaced.at(-1)).toContain("measure=s:kyiv-2025-11-14;30.500000,50.400000");
    unbind();
  });

  it("clamps a link's window to the data with a notice", () => {
    const store = createAppStore();
    const { win } = fakeWindow("#from=0050-01-01T00:00Z&to=9999-01-01T00:00Z");
    const unbind = bindUrlState(store, win);
    store.getState().setLoadedData(data);
    const { timeWindow, linkProblems } = store.getState();
    expect(timeWindow).toEqual({
      startMs: Date.parse("2025-11-14T00:00+02:00"),
      endMs: Date.parse("2025-11-15T00:00+02:00"),
    });
    expect(linkProblems[0]?.part).toBe("from/to");
    unbind();
  });
});

describe("clampLinkWindow", () => {
  const domain = { startMs: 1_000_000_000, endMs: 2_000_000_000 };
  const DAY = 86_400_000;
  it.each([
    ["inside", { startMs: 1.2e9, endMs: 1.5e9 }, { startMs: 1.2e9, endMs: 1.5e9 }, false],
    [
      "within a day's slack",
      { startMs: 1e9 - DAY, endMs: 2e9 },
      { startMs: 1e9 - DAY, endMs: 2e9 },
      false,
    ],
    ["overlapping", { startMs: 0, endMs: 1.5e9 }, { startMs: 1e9, endMs: 1.5e9 }, true],
    ["entirely after", { startMs: 9e12, endMs: 9.1e12 }, domain, true],
  ])("%s", (_, window, expected, noted) => {
    const out = clampLinkWindow(window, domain, "UTC");
    expect(out.window).toEqual(expected);
    expect(out.problem !== undefined).toBe(noted);
  });
  it("leaves the window alone when there is no data", () => {
    const w = { startMs: 0, endMs: 5 };
    expect(clampLinkWindow(w, { startMs: 0, endMs: 0 })).toEqual({ window: w });
  });
});
