import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { LinkProblem } from "@/state/slices/view-slice";
import { createAppStore } from "@/state/store";
import { bindUrlState, decodeUrlState, encodeUrlState, urlStateOf } from "@/state/url-state";
import { decodeCamera, encodeCamera } from "@/state/url-view";

/** A problem as users read it in English (the catalogue id it carries is checked elsewhere). */
const plain = (ps: readonly { part: string; reason: string }[]) =>
  ps.map(({ part, reason }) => ({ part, reason }));

const EMBASSY_VIEW = { center: [30.49056, 50.46082] as const, zoom: 16, bearing: 0 };

/** A window stand-in whose hash the binding reads and rewrites. */
function fakeWindow(hash: string) {
  const win = {
    location: { hash, pathname: "/", search: "", origin: "http://127.0.0.1" },
    history: {
      replaceState: (_: unknown, __: string, url: string) => {
        win.location.hash = url.slice(url.indexOf("#"));
      },
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return win;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("map= (centre, zoom, bearing)", () => {
  it("writes OpenStreetMap's zoom/lat/lng order, bearing only when turned", () => {
    expect(encodeCamera(EMBASSY_VIEW)).toBe("16.00/50.46082/30.49056");
    expect(encodeCamera({ ...EMBASSY_VIEW, bearing: 45 })).toBe("16.00/50.46082/30.49056/45");
    expect(encodeCamera({ ...EMBASSY_VIEW, bearing: 370 })).toBe("16.00/50.46082/30.49056/10");
    expect(encodeCamera({ ...EMBASSY_VIEW, bearing: -190 })).toBe("16.00/50.46082/30.49056/170");
  });

  it("round-trips any camera to within the link's rounding", () => {
    const camera = fc.record({
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      bearing: fc.double({ min: -179.9, max: 179.9, noNaN: true }),
    });
    fc.assert(
      fc.property(camera, ({ lng, lat, zoom, bearing }) => {
        const problems: LinkProblem[] = [];
        const back = decodeCamera(encodeCamera({ center: [lng, lat], zoom, bearing }), problems);
        expect(plain(problems)).toEqual([]);
        expect(back?.center[0]).toBeCloseTo(lng, 4);
        expect(back?.center[1]).toBeCloseTo(lat, 4);
        expect(back?.zoom).toBeCloseTo(zoom, 2);
        expect(Math.abs((back?.bearing ?? Number.NaN) - bearing)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  it.each([
    ["16/50.4", "not zoom/latitude/longitude"],
    ["16/50.4/30.5/0/1", "not zoom/latitude/longitude"],
    ["16//30.5", "not zoom/latitude/longitude"],
    ["23/50.4/30.5", "zoom not between 0 and 22"],
    ["16/91/30.5", "latitude out of range"],
    ["16/50.4/181", "longitude out of range"],
    ["16/50.4/30.5/400", "bearing out of range"],
  ])("refuses %s with a reason", (text, reason) => {
    const problems: LinkProblem[] = [];
    expect(decodeCamera(text, problems)).toBeUndefined();
    expect(plain(problems)).toEqual([{ part: "map", reason }]);
  });
});

describe("the link carries the view", () => {
  it("round-trips camera and basemap through the hash", () => {
    const hash = encodeUrlState({ camera: EMBASSY_VIEW, basemap: "satellite" });
    expect(hash).toBe("#map=16.00/50.46082/30.49056&basemap=satellite");
    expect(decodeUrlState(hash)).toEqual({ camera: EMBASSY_VIEW, basemap: "satellite" });
  });

  it("leaves the embedded basemap out of the link and refuses unknown ones", () => {
    expect(decodeUrlState("#basemap=embedded").basemap).toBeUndefined();
    const store = createAppStore();
    expect(urlStateOf(store.getState()).basemap).toBeUndefined();
    store.getState().setBasemap({ kind: "streets" });
    expect(urlStateOf(store.getState()).basemap).toBe("streets");
    store.getState().setBasemap({ kind: "custom", url: "https://example.org/style.json" });
    expect(urlStateOf(store.getState()).basemap).toBeUndefined();
  });

  it("asks the map for the link's camera and only offers an online basemap", () => {
    const store = createAppStore();
    const win = fakeWindow("#map=16.00/50.46082/30.49056/30&basemap=streets");
    const stop = bindUrlState(store, win as unknown as Window);
    expect(store.getState().cameraRequest).toEqual({ ...EMBASSY_VIEW, bearing: 30 });
    expect(store.getState().basemap).toEqual({ kind: "embedded" });
    expect(store.getState().basemapOffer).toBe("streets");
    stop();
  });

  it("writes the camera the map reports back into the link", () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const win = fakeWindow("");
    const stop = bindUrlState(store, win as unknown as Window);
    store.getState().setDataStatus("ready");
    store.getState().setCamera({ center: [30.5, 50.45], zoom: 15.5, bearing: 0 });
    vi.runAllTimers();
    expect(decodeUrlState(win.location.hash).camera).toEqual({
      center: [30.5, 50.45],
      zoom: 15.5,
      bearing: 0,
    });
    stop();
  });
});
