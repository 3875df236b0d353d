import { describe, expect, it } from "vitest";
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
    expect(store.getState().timeWindow.endMs).toBe(Date.parse("2025-11-22T00:00+02:00"));
    expect(pendingCount()).toBe(0);
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
});
