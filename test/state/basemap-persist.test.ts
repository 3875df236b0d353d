import { describe, expect, it } from "vitest";
import {
  BASEMAP_STORAGE_KEY,
  bindBasemapStorage,
  decodeStoredBasemap,
  encodeStoredBasemap,
} from "@/state/basemap-persist";
import { createAppStore } from "@/state/store";
import { bindUrlState } from "@/state/url-state";

/** An in-memory Storage; `broken` makes every call throw as private modes and full quotas do. */
function memoryStorage(initial: Record<string, string> = {}, broken = false): Storage {
  const data = new Map(Object.entries(initial));
  const guard = () => {
    if (broken) throw new DOMException("denied", "SecurityError");
  };
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => {
      guard();
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      guard();
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

function linkWindow(hash: string) {
  return {
    location: { hash, pathname: "/", search: "", origin: "http://127.0.0.1" },
    history: { replaceState: () => {} },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
}

describe("stored basemap values", () => {
  it("round-trip named and custom choices; a local file is never stored", () => {
    for (const kind of ["embedded", "streets", "satellite"] as const)
      expect(decodeStoredBasemap(encodeStoredBasemap({ kind }) ?? null)).toEqual({ kind });
    const custom = { kind: "custom", url: "https://tiles.example.org/{z}/{x}/{y}.png" } as const;
    expect(encodeStoredBasemap(custom)).toBe(`custom:${custom.url}`);
    expect(decodeStoredBasemap(`custom:${custom.url}`)).toEqual(custom);
    const file = new File([new Uint8Array(4)], "kyiv.pmtiles");
    expect(encodeStoredBasemap({ kind: "file", file })).toBeUndefined();
  });

  it("ignores anything unknown or unsafe", () => {
    expect(decodeStoredBasemap(null)).toBeUndefined();
    expect(decodeStoredBasemap("terrain")).toBeUndefined();
    expect(decodeStoredBasemap("custom:javascript:alert(1)")).toBeUndefined();
    expect(decodeStoredBasemap("custom:http://tiles.example.org/style.json")).toBeUndefined();
  });
});

describe("bindBasemapStorage", () => {
  it("restores the reader's last basemap and remembers each new choice", () => {
    const storage = memoryStorage({ [BASEMAP_STORAGE_KEY]: "satellite" });
    const store = createAppStore();
    const stop = bindBasemapStorage(store, storage);
    expect(store.getState().basemap).toEqual({ kind: "satellite" });
    store.getState().setBasemap({ kind: "streets" });
    expect(storage.getItem(BASEMAP_STORAGE_KEY)).toBe("streets");
    store.getState().setBasemap({ kind: "embedded" });
    expect(storage.getItem(BASEMAP_STORAGE_KEY)).toBe("embedded");
    stop();
    store.getState().setBasemap({ kind: "satellite" });
    expect(storage.getItem(BASEMAP_STORAGE_KEY)).toBe("embedded");
  });

  it("a link naming another basemap wins over the stored one (it stays an offer)", () => {
    const store = createAppStore();
    const stopUrl = bindUrlState(store, linkWindow("#basemap=streets"));
    const stop = bindBasemapStorage(store, memoryStorage({ [BASEMAP_STORAGE_KEY]: "satellite" }));
    expect(store.getState().basemap).toEqual({ kind: "embedded" });
    expect(store.getState().basemapOffer).toBe("streets");
    stop();
    stopUrl();
  });

  it("a link naming the stored basemap loads it at once (the reader chose it before)", () => {
    const store = createAppStore();
    const stopUrl = bindUrlState(store, linkWindow("#basemap=satellite"));
    const stop = bindBasemapStorage(store, memoryStorage({ [BASEMAP_STORAGE_KEY]: "satellite" }));
    expect(store.getState().basemap).toEqual({ kind: "satellite" });
    expect(store.getState().basemapOffer).toBeUndefined();
    stop();
    stopUrl();
  });

  it("a link without a basemap keeps the stored one", () => {
    const store = createAppStore();
    const stopUrl = bindUrlState(store, linkWindow("#map=16.00/50.46082/30.49056"));
    const stop = bindBasemapStorage(store, memoryStorage({ [BASEMAP_STORAGE_KEY]: "streets" }));
    expect(store.getState().basemap).toEqual({ kind: "streets" });
    stop();
    stopUrl();
  });

  it("storage that throws neither restores nor breaks choosing", () => {
    const store = createAppStore();
    const stop = bindBasemapStorage(store, memoryStorage({}, true));
    expect(store.getState().basemap).toEqual({ kind: "embedded" });
    store.getState().setBasemap({ kind: "streets" });
    expect(store.getState().basemap).toEqual({ kind: "streets" });
    stop();
  });
});
