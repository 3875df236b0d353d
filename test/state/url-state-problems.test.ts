import { describe, expect, it } from "vitest";
import { DEFAULT_RING_RADII_M } from "@/state/slices/proximity-slice";
import { createAppStore } from "@/state/store";
import {
  bindUrlState,
  encodeUrlState,
  LINK_WRITE_DELAY_MS,
  parseUrlState,
  type UrlState,
} from "@/state/url-state";
import { embassy, strike } from "../helpers/domain-fixtures";

/** A problem as users read it in English (the catalogue id it carries is checked elsewhere). */
const plain = (ps: readonly { part: string; reason: string }[]) =>
  ps.map(({ part, reason }) => ({ part, reason }));

const night = {
  startMs: Date.parse("2025-11-13T18:00:00+02:00"),
  endMs: Date.parse("2025-11-14T06:00:00+02:00"),
};
const hit = strike({ id: "kyiv-2025-11-14", time: "2025-11-14T01:00:00+02:00" });
const data = { missions: [embassy], strikes: [hit], events: [], issues: [], datasetVersion: "t" };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A window stand-in: a settable hash, recorded replaceState calls and hashchange listeners. */
function fakeWindow(hash: string) {
  const replaced: string[] = [];
  const listeners = new Set<() => void>();
  const location = { hash, pathname: "/", search: "" };
  const win = {
    location,
    history: {
      replaceState: (_: unknown, __: string, url: string) => {
        replaced.push(url);
        location.hash = url.slice(1);
      },
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  } as unknown as Window;
  const navigate = (next: string) => {
    location.hash = next;
    for (const fn of listeners) fn();
  };
  return { win, replaced, navigate, listeners };
}
/** Past the link writer's delay. */
const settle = () => new Promise((r) => setTimeout(r, LINK_WRITE_DELAY_MS + 50));

describe("url state: window mode and ring radii", () => {
  it("writes them only when they differ from the defaults, and round-trips", () => {
    const state: UrlState = deepFreeze({
      timeWindow: night,
      selection: { kind: "mission", id: "embassy-test" },
      mode: "night",
      rings: [100, 250.5, 1000],
    });
    const hash = encodeUrlState(state);
    expect(hash).toBe(
      "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&mission=embassy-test&mode=night&rings=100,250.5,1000",
    );
    expect(parseUrlState(hash)).toEqual({ state, problems: [] });
    expect(encodeUrlState({ mode: undefined, rings: undefined })).toBe("");
  });

  it("accepts the defaults written out, and cleans ring lists like the store does", () => {
    expect(parseUrlState("#mode=moving&rings=1000,100,100").state).toEqual({
      timeWindow: undefined,
      selection: undefined,
      rings: [100, 1000],
    });
  });
});

describe("url state: parts of a link that cannot be used", () => {
  it("names each one with its reason, and keeps the rest", () => {
    const { state, problems } = parseUrlState(
      "#from=garbage&to=2025-11-14T06:00+02:00&strike=kyiv-2025-11-14&units=parsecs&tz=mars" +
        "&mode=sideways&rings=100,abc,,-5&measure=s:kyiv-2025-11-14;1,2,3;30.5,50.4&zoom=12",
    );
    expect(plain(problems)).toEqual([
      { part: "zoom", reason: "not recognised" },
      { part: "from", reason: "not a date, so to was not used either" },
      { part: "measure", reason: "1 point could not be read" },
      { part: "units", reason: "not metric or imperial" },
      { part: "tz", reason: "not kyiv, utc or local" },
      { part: "mode", reason: "not moving, cumulative or night" },
      { part: "rings", reason: "not a radius in metres: “abc”, an empty entry, “-5”" },
    ]);
    expect(state).toEqual({
      timeWindow: undefined,
      selection: { kind: "strike", id: "kyiv-2025-11-14" },
      measure: [{ ref: { kind: "strike", id: "kyiv-2025-11-14" } }, { lngLat: [30.5, 50.4] }],
      rings: [100],
    });
  });

  it("explains windows it cannot use: reversed, or half given", () => {
    expect(
      plain(parseUrlState("#from=2025-11-14T06:00+02:00&to=2025-11-13T06:00+02:00").problems),
    ).toEqual([{ part: "to", reason: "before from" }]);
    expect(plain(parseUrlState("#from=2025-11-14T06:00+02:00").problems)).toEqual([
      { part: "to", reason: "missing, so from was not used" },
    ]);
    expect(plain(parseUrlState("#to=2025-11-14T06:00+02:00").problems)).toEqual([
      { part: "from", reason: "missing, so to was not used" },
    ]);
    // The part that is there is named too when it is unreadable (here: no offset, or garbage).
    expect(plain(parseUrlState("#to=2025-11-14T06:00").problems)).toEqual([
      { part: "to", reason: "not a date (and from is missing)" },
    ]);
    expect(plain(parseUrlState("#from=garbage&units=metric").problems)).toEqual([
      { part: "from", reason: "not a date (and to is missing)" },
    ]);
    expect(plain(parseUrlState("#from=x&to=").problems)).toEqual([
      { part: "from", reason: "not a date" },
      { part: "to", reason: "not a date" },
    ]);
  });

  it("flags empty or doubled selections and too many rings", () => {
    expect(plain(parseUrlState("#strike=").problems)).toEqual([
      { part: "strike", reason: "empty" },
    ]);
    const both = parseUrlState("#strike=a&mission=b");
    expect(both.state.selection).toEqual({ kind: "strike", id: "a" });
    expect(plain(both.problems)).toEqual([
      { part: "mission", reason: "a strike is selected instead" },
    ]);
    const many = parseUrlState("#rings=1,2,3,4,5,6,7,8,9,10");
    expect(many.state.rings).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plain(many.problems)).toEqual([
      { part: "rings", reason: "more than 8; the largest were dropped" },
    ]);
    expect(parseUrlState("#rings=abc").state.rings).toBeUndefined();
  });

  it("finds nothing wrong with a link the app wrote", () => {
    const hash = encodeUrlState({
      timeWindow: night,
      selection: { kind: "strike", id: "x" },
      measure: [{ lngLat: [30.5, 50.45] }],
      units: "imperial",
      zone: "local",
      mode: "cumulative",
      rings: [50],
    });
    expect(plain(parseUrlState(hash).problems)).toEqual([]);
  });
});

describe("bindUrlState: problems, mode and rings", () => {
  it("reports syntax at once and unknown ids once the data loads, dropping what it cannot use", async () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow(
      "#from=garbage&to=2025-11-14T06:00+02:00&strike=nope&measure=m:gone;30.5,50.4",
    );
    const unbind = bindUrlState(store, win);
    const syntax = { part: "from", reason: "not a date, so to was not used either" };
    expect(plain(store.getState().linkProblems)).toEqual([syntax]);
    expect(store.getState().selection).toEqual({ kind: "strike", id: "nope" });
    store.getState().setLoadedData(data);
    expect(plain(store.getState().linkProblems)).toEqual([
      syntax,
      { part: "strike", reason: "no strike “nope” in the data" },
      { part: "measure", reason: "1 point names a strike or mission not in the data" },
    ]);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().measurePoints).toEqual([{ lngLat: [30.5, 50.4] }]);
    await settle();
    expect(replaced.at(-1)).not.toContain("nope");
    unbind();
  });

  it("restores night mode and ring radii after the data loads, and writes them back", async () => {
    const store = createAppStore();
    const link = `${encodeUrlState({ timeWindow: night, mode: "night", rings: [50, 300] })}`;
    const { win, replaced } = fakeWindow(link);
    const unbind = bindUrlState(store, win);
    expect(store.getState().ringRadiiM).toEqual([50, 300]);
    store.getState().setLoadedData(data);
    expect(store.getState().windowMode).toBe("night");
    expect(store.getState().timeWindow).toEqual(night);
    expect(plain(store.getState().linkProblems)).toEqual([]);
    store.getState().setWindowMode("cumulative");
    store.getState().setRingRadii([1000, 100]);
    await settle();
    expect(replaced.at(-1)).toBe(
      "/#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&mode=cumulative&rings=100,1000&v=t",
    );
    store.getState().setWindowMode("moving");
    store.getState().setRingRadii(DEFAULT_RING_RADII_M);
    await settle();
    expect(replaced.at(-1)).toBe("/#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&v=t");
    unbind();
  });

  it("a new hash replaces the problems, and resets mode and rings it does not name", () => {
    const store = createAppStore();
    const { win, navigate, listeners } = fakeWindow("#mode=cumulative&rings=42&tz=mars");
    const unbind = bindUrlState(store, win);
    store.getState().setLoadedData(data);
    expect(store.getState().windowMode).toBe("cumulative");
    expect(store.getState().linkProblems).toHaveLength(1);
    navigate("#units=imperial");
    expect(plain(store.getState().linkProblems)).toEqual([]);
    expect(store.getState().windowMode).toBe("moving");
    expect(store.getState().ringRadiiM).toEqual(DEFAULT_RING_RADII_M);
    expect(store.getState().distanceUnit).toBe("imperial");
    unbind();
    expect(listeners.size).toBe(0);
  });
});

describe("link problems in the reader's language", () => {
  it("carry the catalogue id and values the notice words them with", async () => {
    const { i18nFor, loadCatalog } = await import("@/i18n/catalog");
    await loadCatalog("uk");
    const [p] = parseUrlState("#from=2025-11-14T06:00+02:00").problems;
    expect(p?.message).toEqual({ key: "linkProblem.missingSo", values: { other: "from" } });
    const uk = i18nFor("uk");
    expect(p?.message && uk.t(p.message.key, p.message.values)).toBe(
      "бракує, тому from не використано",
    );
  });
});
