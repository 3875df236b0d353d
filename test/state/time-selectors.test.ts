import { describe, expect, it } from "vitest";
import { toIsoMinute } from "@/lib/iso-time";
import { createAppStore } from "@/state/store";
import {
  selectBinUnit,
  selectHistogram,
  selectTimelineDomain,
  selectTimelineView,
  selectTimeZone,
  timeZoneForMode,
} from "@/state/time-selectors";
import { loadedStore, NIGHT, STRIKES } from "../ui/timeline/fixtures";

describe("time selectors", () => {
  it("maps zone modes to IANA zones", () => {
    expect(timeZoneForMode("kyiv")).toBe("Europe/Kyiv");
    expect(timeZoneForMode("utc")).toBe("UTC");
    expect(timeZoneForMode("local")).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it("spans every strike and event, padded to whole days in the chosen zone", () => {
    const store = loadedStore();
    const d = selectTimelineDomain(store.getState());
    expect([toIsoMinute(d.startMs), toIsoMinute(d.endMs)]).toEqual([
      "2024-01-02T00:00+02:00",
      "2025-11-22T00:00+02:00",
    ]);
    store.getState().setZoneMode("utc");
    expect(selectTimeZone(store.getState())).toBe("UTC");
    const u = selectTimelineDomain(store.getState());
    expect([toIsoMinute(u.startMs, "UTC"), toIsoMinute(u.endMs, "UTC")]).toEqual([
      "2024-01-02T00:00+00:00",
      "2025-11-22T00:00+00:00",
    ]);
  });

  it("is empty without data", () => {
    expect(selectTimelineDomain(createAppStore().getState())).toEqual({ startMs: 0, endMs: 0 });
    expect(selectHistogram(createAppStore().getState())).toEqual([]);
  });

  it("clamps the zoom to the domain and picks the bin unit from it", () => {
    const store = loadedStore();
    expect(selectBinUnit(store.getState())).toBe("week");
    store
      .getState()
      .setTimelineView({ startMs: NIGHT.startMs - 10 * 86_400_000, endMs: NIGHT.endMs });
    expect(selectBinUnit(store.getState())).toBe("day");
    store.getState().setTimelineView({ startMs: NIGHT.startMs, endMs: NIGHT.endMs });
    expect(selectBinUnit(store.getState())).toBe("hour");
    store.getState().setTimelineView({ startMs: 0, endMs: 9e15 });
    expect(selectTimelineView(store.getState())).toEqual(selectTimelineDomain(store.getState()));
  });

  it("bins the strikes of the view: every strike once, hour bins in the night", () => {
    const store = loadedStore();
    const all = selectHistogram(store.getState());
    expect(all.reduce((n, b) => n + b.count, 0)).toBe(STRIKES.length);
    expect(all.every((b) => b.endMs > b.startMs)).toBe(true);
    store.getState().setTimelineView(NIGHT);
    const hours = selectHistogram(store.getState());
    expect(hours).toHaveLength(12);
    expect(hours.filter((b) => b.count > 0).map((b) => toIsoMinute(b.startMs))).toEqual([
      "2025-11-13T22:00+02:00",
      "2025-11-14T01:00+02:00",
      "2025-11-14T03:00+02:00",
    ]);
    // Same inputs, same array: memoised for React.
    expect(selectHistogram(store.getState())).toBe(hours);
  });
});
