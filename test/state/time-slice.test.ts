import { describe, expect, it } from "vitest";
import { toIsoMinute } from "@/lib/iso-time";
import { selectVisibleStrikeCount } from "@/state/selectors";
import { createAppStore } from "@/state/store";
import { loadedStore, NIGHT } from "../ui/timeline/fixtures";

const iso = (tMs: number) => toIsoMinute(tMs);
const isoWindow = (w: { startMs: number; endMs: number }) => [iso(w.startMs), iso(w.endMs)];
const DOMAIN_END = Date.parse("2025-11-22T00:00+02:00");

describe("time slice", () => {
  it("starts paused in the moving mode and rejects reversed windows", () => {
    const store = createAppStore();
    const s = store.getState();
    expect([s.windowMode, s.isPlaying, s.playSpeed, s.timelineView]).toEqual([
      "moving",
      false,
      "week",
      undefined,
    ]);
    s.setTimeWindow({ startMs: 10, endMs: 5 });
    expect(store.getState().timeWindow).toEqual({ startMs: 0, endMs: 0 });
  });

  it("does not notify when the same window is set again", () => {
    const store = loadedStore();
    store.getState().setTimeWindow(NIGHT);
    let calls = 0;
    const unsub = store.subscribe(() => {
      calls += 1;
    });
    store.getState().setTimeWindow({ ...NIGHT });
    expect(calls).toBe(0);
    store.getState().setTimeWindow({ ...NIGHT, endMs: NIGHT.endMs + 60_000 });
    expect(calls).toBe(1);
    unsub();
  });

  it("applies presets at the window start, and the night preset switches to night mode", () => {
    const store = loadedStore();
    store.getState().setTimeWindow({ startMs: NIGHT.startMs, endMs: DOMAIN_END });
    store.getState().applyPreset("night");
    expect(store.getState().timeWindow).toEqual(NIGHT);
    expect(store.getState().windowMode).toBe("night");
    store.getState().applyPreset("7d");
    expect(isoWindow(store.getState().timeWindow)).toEqual([
      "2025-11-13T18:00+02:00",
      "2025-11-20T18:00+02:00",
    ]);
    expect(store.getState().windowMode).toBe("moving");
    store.getState().applyPreset("all");
    expect(isoWindow(store.getState().timeWindow)).toEqual([
      "2024-01-02T00:00+02:00",
      "2025-11-22T00:00+02:00",
    ]);
  });

  it("steps one window in moving mode, clamped at the end of the history", () => {
    const store = loadedStore();
    store
      .getState()
      .setTimeWindow({ startMs: NIGHT.startMs, endMs: Date.parse("2025-11-16T18:00+02:00") });
    store.getState().stepWindow(1);
    expect(isoWindow(store.getState().timeWindow)).toEqual([
      "2025-11-16T18:00+02:00",
      "2025-11-19T18:00+02:00",
    ]);
    store.getState().stepWindow(1);
    expect(isoWindow(store.getState().timeWindow)).toEqual([
      "2025-11-19T00:00+02:00",
      "2025-11-22T00:00+02:00",
    ]);
    store.getState().stepWindow(-2);
    expect(isoWindow(store.getState().timeWindow)).toEqual([
      "2025-11-13T00:00+02:00",
      "2025-11-16T00:00+02:00",
    ]);
  });

  it("steps whole nights in night mode and never past the last night", () => {
    const store = loadedStore();
    store.getState().setSkipEmptyNights(false);
    store
      .getState()
      .setTimeWindow({ startMs: Date.parse("2025-11-14T01:00+02:00"), endMs: DOMAIN_END });
    store.getState().setWindowMode("night");
    expect(store.getState().timeWindow).toEqual(NIGHT);
    store.getState().stepWindow(1);
    expect(isoWindow(store.getState().timeWindow)[0]).toBe("2025-11-14T18:00+02:00");
    store.getState().stepWindow(7);
    expect(isoWindow(store.getState().timeWindow)[0]).toBe("2025-11-21T18:00+02:00");
    store.getState().stepWindow(1);
    expect(isoWindow(store.getState().timeWindow)[0]).toBe("2025-11-21T18:00+02:00");
  });

  it("enters night mode on a night with strikes (when skipping) at one night per second", () => {
    const emptyNightStart = Date.parse("2025-11-17T01:00+02:00");
    const skipping = loadedStore();
    skipping.getState().setTimeWindow({ startMs: emptyNightStart, endMs: DOMAIN_END });
    skipping.getState().setWindowMode("night");
    expect(selectVisibleStrikeCount(skipping.getState())).toBeGreaterThan(0);
    expect(skipping.getState().playSpeed).toBe("night");
    const notSkipping = loadedStore();
    notSkipping.getState().setSkipEmptyNights(false);
    notSkipping.getState().setTimeWindow({ startMs: emptyNightStart, endMs: DOMAIN_END });
    notSkipping.getState().setWindowMode("night");
    expect(selectVisibleStrikeCount(notSkipping.getState())).toBe(0);
  });

  it("skips nights without strikes by default in night mode, both ways", () => {
    const store = loadedStore();
    expect(store.getState().skipEmptyNights).toBe(true);
    store.getState().setTimeWindow(NIGHT);
    store.getState().setWindowMode("night");
    store.getState().stepWindow(1);
    expect(isoWindow(store.getState().timeWindow)).toEqual([
      "2025-11-20T18:00+02:00",
      "2025-11-21T06:00+02:00",
    ]);
    // No later night has a strike: stay. Then back past the empty nights, and no further (the
    // first strike, 2 Jan 2024 07:30, fell in daylight).
    store.getState().stepWindow(1);
    expect(isoWindow(store.getState().timeWindow)[0]).toBe("2025-11-20T18:00+02:00");
    store.getState().stepWindow(-5);
    expect(store.getState().timeWindow).toEqual(NIGHT);
    store.getState().stepWindow(-1);
    expect(store.getState().timeWindow).toEqual(NIGHT);
  });

  it("grows the end by one bin in cumulative mode", () => {
    const store = loadedStore();
    store.getState().setWindowMode("cumulative");
    store
      .getState()
      .setTimelineView({ startMs: NIGHT.startMs, endMs: NIGHT.startMs + 2 * 86_400_000 });
    store.getState().setTimeWindow(NIGHT);
    store.getState().stepWindow(1);
    expect(store.getState().timeWindow).toEqual({
      startMs: NIGHT.startMs,
      endMs: NIGHT.endMs + 3_600_000,
    });
    store.getState().stepWindow(-100);
    expect(store.getState().timeWindow).toEqual({
      startMs: NIGHT.startMs,
      endMs: NIGHT.startMs + 3_600_000,
    });
  });

  it("keeps a timeline zoom only when it has a positive span", () => {
    const store = createAppStore();
    store.getState().setTimelineView({ startMs: 5, endMs: 5 });
    expect(store.getState().timelineView).toBeUndefined();
    store.getState().setTimelineView({ startMs: 5, endMs: 6 });
    expect(store.getState().timelineView).toEqual({ startMs: 5, endMs: 6 });
  });
});

describe("presets follow what the user is looking at", () => {
  it("anchors on the selected strike's night, and on the latest strike from the whole history", () => {
    const store = loadedStore();
    store.getState().applyPreset("all");
    store.getState().applyPreset("night");
    const latest = store.getState().strikes.at(-1);
    expect(latest).toBeDefined();
    const win = store.getState().timeWindow;
    expect(latest && latest.tMs >= win.startMs && latest.tMs < win.endMs).toBe(true);

    const first = store.getState().strikes[0];
    if (!first) throw new Error("fixture has no strikes");
    store.getState().applyPreset("all");
    store.getState().select({ kind: "strike", id: first.id }, "list");
    store.getState().applyPreset("24h");
    const day = store.getState().timeWindow;
    expect(first.tMs >= day.startMs && first.tMs < day.endMs).toBe(true);
  });
});
