import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";
import {
  bindUrlState,
  decodeMeasure,
  decodeUrlState,
  encodeMeasure,
  encodeUrlState,
  LINK_WRITE_DELAY_MS,
  resolveMeasureTokens,
} from "@/state/url-state";
import { embassy, strike } from "../helpers/domain-fixtures";

const crater = strike({ id: "crater-2024", time: "2024-01-02T08:00:00+02:00" });
const data = {
  missions: [embassy],
  strikes: [crater],
  events: [],
  issues: [],
  datasetVersion: undefined,
};

function fakeWindow(hash: string) {
  const replaced: string[] = [];
  const win = {
    location: { hash, pathname: "/", search: "" },
    history: { replaceState: (_: unknown, __: string, url: string) => replaced.push(url) },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
  return { win, replaced };
}

describe("measure in the URL", () => {
  it("writes snapped points by id and free points as lng,lat with 6 decimals", () => {
    const text = encodeMeasure([
      { lngLat: [30.49056, 50.46082], ref: { kind: "strike", id: "crater-2024" } },
      { lngLat: [30.49056, 50.46082], ref: { kind: "mission", id: "embassy-test" } },
      { lngLat: [30.1234567, 50.7654321] },
    ]);
    expect(text).toBe("s:crater-2024;m:embassy-test;30.123457,50.765432");
  });

  it("keeps the hash readable and round-trips with the other fields", () => {
    const hash = encodeUrlState({
      selection: { kind: "strike", id: "crater-2024" },
      measure: [{ ref: { kind: "strike", id: "crater-2024" } }, { lngLat: [30.5, 50.45] }],
    });
    expect(hash).toBe("#strike=crater-2024&measure=s:crater-2024;30.500000,50.450000");
    expect(decodeUrlState(hash).measure).toEqual([
      { ref: { kind: "strike", id: "crater-2024" } },
      { lngLat: [30.5, 50.45] },
    ]);
  });

  it("drops malformed tokens instead of throwing", () => {
    expect(decodeMeasure("x:1;s:;30,;,50;200,10;30,95;1,2,3;abc;30.5,50.4")).toEqual([
      { lngLat: [30.5, 50.4] },
    ]);
    expect(decodeUrlState("#measure=").measure).toBeUndefined();
  });

  it("resolves refs against loaded data and drops the ones it does not know", () => {
    const store = createAppStore();
    store.getState().setLoadedData(data);
    const points = resolveMeasureTokens(store.getState(), [
      { ref: { kind: "strike", id: "crater-2024" } },
      { ref: { kind: "mission", id: "nope" } },
      { lngLat: [30, 50] },
    ]);
    expect(points).toEqual([
      { lngLat: crater.lngLat, ref: { kind: "strike", id: "crater-2024" } },
      { lngLat: [30, 50] },
    ]);
  });

  it("restores a shared measurement once the data arrives, then keeps the hash in step", async () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow("#measure=s:crater-2024;m:embassy-test");
    const unbind = bindUrlState(store, win);
    expect(store.getState().measurePoints).toEqual([]);
    store.getState().setLoadedData(data);
    expect(store.getState().measurePoints.map((p) => p.ref?.id)).toEqual([
      "crater-2024",
      "embassy-test",
    ]);
    store.getState().removeLastMeasurePoint();
    await new Promise((r) => setTimeout(r, LINK_WRITE_DELAY_MS + 50));
    expect(replaced.at(-1)).toContain("measure=s:crater-2024");
    expect(replaced.at(-1)).not.toContain("embassy-test");
    unbind();
  });
});
