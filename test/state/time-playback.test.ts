import { describe, expect, it } from "vitest";
import { nightAt } from "@/analysis/time-windows";
import { toIsoMinute } from "@/lib/iso-time";
import {
  advanceWindow,
  bindPlayback,
  type FrameClock,
  PLAY_SPEEDS,
  playStart,
} from "@/state/playback";
import { loadedStore, NIGHT } from "../ui/timeline/fixtures";

const KYIV = "Europe/Kyiv";
const DAY = 86_400_000;
const domain = {
  startMs: Date.parse("2025-11-01T00:00+02:00"),
  endMs: Date.parse("2025-11-22T00:00+02:00"),
};
const iso = (tMs: number) => toIsoMinute(tMs);
const nightAtKyiv = (isoTime: string) => nightAt(Date.parse(isoTime), KYIV);

/** A hand-driven animation-frame clock. */
function fakeClock() {
  let next = 1;
  const pending = new Map<number, (t: number) => void>();
  let nowMs = 0;
  const clock: FrameClock = {
    request: (cb) => {
      pending.set(next, cb);
      return next++;
    },
    cancel: (h) => {
      pending.delete(h);
    },
  };
  const tick = (dtMs: number) => {
    nowMs += dtMs;
    const cbs = [...pending.values()];
    pending.clear();
    for (const cb of cbs) cb(nowMs);
  };
  return { clock, tick, pendingCount: () => pending.size };
}

describe("advanceWindow", () => {
  it("slides a moving window by whole minutes and carries the rest", () => {
    const start = { window: NIGHT, carryMs: 0, ended: false };
    const next = advanceWindow(start, "moving", 90_500, domain, KYIV);
    expect(next.window).toEqual({ startMs: NIGHT.startMs + 60_000, endMs: NIGHT.endMs + 60_000 });
    expect(next.carryMs).toBe(30_500);
    expect(next.ended).toBe(false);
  });
  it("stops a moving window flush with the end of the domain", () => {
    const next = advanceWindow(
      { window: NIGHT, carryMs: 0, ended: false },
      "moving",
      30 * DAY,
      domain,
      KYIV,
    );
    expect(next.ended).toBe(true);
    expect(next.window.endMs).toBe(domain.endMs);
    expect(next.window.endMs - next.window.startMs).toBe(NIGHT.endMs - NIGHT.startMs);
  });
  it("grows only the end in cumulative mode", () => {
    const next = advanceWindow(
      { window: NIGHT, carryMs: 0, ended: false },
      "cumulative",
      DAY,
      domain,
      KYIV,
    );
    expect(next.window).toEqual({ startMs: NIGHT.startMs, endMs: NIGHT.endMs + DAY });
    const end = advanceWindow(next, "cumulative", 100 * DAY, domain, KYIV);
    expect(end).toEqual({
      window: { startMs: NIGHT.startMs, endMs: domain.endMs },
      carryMs: 0,
      ended: true,
    });
  });
  it("jumps whole nights, and ends at the last night of the domain", () => {
    const start = { window: NIGHT, carryMs: 0, ended: false };
    expect(advanceWindow(start, "night", DAY / 2, domain, KYIV).window).toEqual(NIGHT);
    const two = advanceWindow(start, "night", 2.5 * DAY, domain, KYIV);
    expect([iso(two.window.startMs), iso(two.window.endMs)]).toEqual([
      "2025-11-15T18:00+02:00",
      "2025-11-16T06:00+02:00",
    ]);
    expect(two.carryMs).toBe(DAY / 2);
    const last = advanceWindow(start, "night", 50 * DAY, domain, KYIV);
    expect(last.ended).toBe(true);
    expect(iso(last.window.startMs)).toBe("2025-11-21T18:00+02:00");
  });
  it("rewinds only when the window is already at the end", () => {
    expect(playStart(NIGHT, "moving", domain, KYIV)).toBe(NIGHT);
    const atEnd = { startMs: domain.endMs - DAY, endMs: domain.endMs };
    expect(playStart(atEnd, "moving", domain, KYIV)).toEqual({
      startMs: domain.startMs,
      endMs: domain.startMs + DAY,
    });
    expect(playStart(atEnd, "cumulative", domain, KYIV)).toEqual({
      startMs: atEnd.startMs,
      endMs: domain.endMs,
    });
    const lastNight = {
      startMs: Date.parse("2025-11-21T18:00+02:00"),
      endMs: Date.parse("2025-11-22T06:00+02:00"),
    };
    expect(iso(playStart(lastNight, "night", domain, KYIV).startMs)).toBe("2025-10-31T18:00+02:00");
  });
  it("does not mutate its inputs", () => {
    const state = Object.freeze({ window: Object.freeze({ ...NIGHT }), carryMs: 0, ended: false });
    const dom = Object.freeze({ ...domain });
    for (const mode of ["moving", "cumulative", "night"] as const)
      advanceWindow(state, mode, 3 * DAY, dom, KYIV);
    expect(state.window).toEqual(NIGHT);
    expect(dom).toEqual(domain);
  });
});

describe("bindPlayback", () => {
  it("advances once per frame at the chosen speed and stops at the end", () => {
    const store = loadedStore();
    const { clock, tick, pendingCount } = fakeClock();
    const unbind = bindPlayback(store, clock);
    store.getState().setPlaySpeed("night");
    store.getState().setTimeWindow(NIGHT);
    store.getState().setPlaying(true);
    tick(16); // first frame only sets the clock
    expect(store.getState().timeWindow).toEqual(NIGHT);
    tick(50); // 50 ms at one day per second = 72 minutes
    expect(store.getState().timeWindow.startMs - NIGHT.startMs).toBe(72 * 60_000);
    expect(PLAY_SPEEDS.night.dataMsPerS).toBe(DAY);
    // Long gaps count as 100 ms: 100 ms × 1 day/s = 2.4 h per frame; run to the end.
    for (let i = 0; i < 200 && store.getState().isPlaying; i++) tick(1000);
    expect(store.getState().isPlaying).toBe(false);
    // The midnight after the last strike (20 Nov, 23:00), not the domain's end: the timeline runs
    // on to 22 Nov for Russia's reply (an event), where playback would show empty days.
    expect(store.getState().timeWindow.endMs).toBe(Date.parse("2025-11-21T00:00+02:00"));
    expect(pendingCount()).toBe(0);
    unbind();
  });
  it("with reduced motion steps a whole second of data time at once, never gliding", () => {
    const store = loadedStore();
    const { clock, tick } = fakeClock();
    const unbind = bindPlayback(store, clock, () => true);
    store.getState().setPlaySpeed("night");
    store.getState().setTimeWindow(NIGHT);
    store.getState().setPlaying(true);
    const starts: number[] = [];
    const off = store.subscribe(
      (s) => s.timeWindow,
      (w) => starts.push(w.startMs),
    );
    tick(16);
    for (let i = 0; i < 25; i++) tick(100); // 2.5 s of real time: two whole steps
    off();
    const moves = starts.filter((t, i) => t !== (i === 0 ? NIGHT.startMs : starts[i - 1]));
    expect(moves.map((t) => t - NIGHT.startMs)).toEqual([DAY, 2 * DAY]);
    unbind();
  });
  it("pauses without advancing further, and unbinding cancels the frame", () => {
    const store = loadedStore();
    const { clock, tick, pendingCount } = fakeClock();
    const unbind = bindPlayback(store, clock);
    store.getState().setTimeWindow(NIGHT);
    store.getState().setPlaying(true);
    tick(16);
    tick(16);
    const at = store.getState().timeWindow;
    store.getState().setPlaying(false);
    expect(pendingCount()).toBe(0);
    tick(16);
    expect(store.getState().timeWindow).toBe(at);
    store.getState().setPlaying(true);
    expect(pendingCount()).toBe(1);
    unbind();
    expect(pendingCount()).toBe(0);
  });
  it("plays nights one after another in night mode", () => {
    const store = loadedStore();
    store.getState().setSkipEmptyNights(false);
    const { clock, tick } = fakeClock();
    const unbind = bindPlayback(store, clock);
    store.getState().setTimeWindow(NIGHT);
    store.getState().setWindowMode("night");
    store.getState().setPlaySpeed("night");
    store.getState().setPlaying(true);
    tick(16);
    for (let i = 0; i < 10; i++) tick(100); // 1 s of real time
    expect(iso(store.getState().timeWindow.startMs)).toBe("2025-11-14T18:00+02:00");
    unbind();
  });
  it("plays only nights with strikes by default, then stops", () => {
    const store = loadedStore();
    const { clock, tick } = fakeClock();
    const unbind = bindPlayback(store, clock);
    store.getState().setTimeWindow(NIGHT);
    store.getState().setWindowMode("night");
    store.getState().setPlaySpeed("night");
    store.getState().setPlaying(true);
    tick(16);
    for (let i = 0; i < 10; i++) tick(100); // 1 s: one night with strikes further
    expect(iso(store.getState().timeWindow.startMs)).toBe("2025-11-20T18:00+02:00");
    expect(store.getState().isPlaying).toBe(true);
    for (let i = 0; i < 10; i++) tick(100); // none after it: playback ends there
    expect(store.getState().isPlaying).toBe(false);
    expect(iso(store.getState().timeWindow.startMs)).toBe("2025-11-20T18:00+02:00");
    // Playing again from the last such night starts over at the first one.
    store.getState().setPlaying(true);
    expect(store.getState().timeWindow).toEqual(NIGHT);
    unbind();
  });
});

describe("night playback over nights with strikes", () => {
  const times = [
    Date.parse("2025-11-03T23:00+02:00"),
    Date.parse("2025-11-09T12:00+02:00"), // daylight
    Date.parse("2025-11-12T02:00+02:00"), // night of 11 Nov
  ];
  const start = { window: nightAtKyiv("2025-11-03T19:00+02:00"), carryMs: 0, ended: false };

  it("advances one night with strikes per day of data time, carrying the rest", () => {
    const one = advanceWindow(start, "night", 1.25 * DAY, domain, KYIV, times);
    expect(iso(one.window.startMs)).toBe("2025-11-11T18:00+02:00");
    expect([one.carryMs, one.ended]).toEqual([DAY / 4, false]);
    const end = advanceWindow(one, "night", DAY, domain, KYIV, times);
    expect(end).toEqual({ window: one.window, carryMs: 0, ended: true });
  });

  it("rewinds to the first night with a strike only when none is left ahead", () => {
    expect(playStart(start.window, "night", domain, KYIV, times)).toBe(start.window);
    const last = nightAtKyiv("2025-11-11T19:00+02:00");
    expect(iso(playStart(last, "night", domain, KYIV, times).startMs)).toBe(
      "2025-11-03T18:00+02:00",
    );
    // With no strike at night at all it falls back to the first night of the domain.
    const daylight = [Date.parse("2025-11-09T12:00+02:00")];
    expect(iso(playStart(last, "night", domain, KYIV, daylight).startMs)).toBe(
      "2025-10-31T18:00+02:00",
    );
  });

  it("does not mutate its inputs", () => {
    const frozenTimes = Object.freeze([...times]);
    const state = Object.freeze({ ...start, window: Object.freeze({ ...start.window }) });
    advanceWindow(state, "night", 3 * DAY, domain, KYIV, frozenTimes);
    playStart(state.window, "night", domain, KYIV, frozenTimes);
    expect(frozenTimes).toEqual(times);
    expect(state.window).toEqual(start.window);
  });
});
