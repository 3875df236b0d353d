import type { StateCreator } from "zustand";
import {
  adjacentNightWithStrikes,
  firstNightWithStrikes,
  stepNightsWithStrikes,
} from "@/analysis/nights";
import {
  addUnits,
  clampWindow,
  nightAt,
  presetWindow,
  shiftWindow,
  startOfLocalDay,
  stepNight,
  type WindowPreset,
} from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import { selectStrikeTimes } from "../selectors";
import type { AppState } from "../store";
import { selectBinUnit, selectTimelineDomain, selectTimeZone } from "../time-selectors";

/** Moving: a fixed width slides. Cumulative: the start stays, the end grows. Night: 18:00–06:00 at a time. */
export type WindowMode = "moving" | "cumulative" | "night";
/** Playback speed as data time per real second. */
export type PlaySpeed = "night" | "3d" | "week" | "month";

export interface TimeSlice {
  /** The selected closed-open window; every view follows it. */
  timeWindow: TimeWindow;
  /**
   * A link's window waiting for the data it may reach: applied once the built-in data and the
   * layers saved in this browser are in (url-window.ts `pendingLinkWindow`).
   */
  timeWindowFromUrl: TimeWindow | undefined;
  /**
   * The window shown meanwhile (the link's, limited to the built-in data). If another has
   * replaced it by the time the saved layers are in (the user moved it), that one stands.
   */
  timeWindowProvisional: TimeWindow | undefined;
  windowMode: WindowMode;
  isPlaying: boolean;
  playSpeed: PlaySpeed;
  /** The span the timeline shows (its zoom); undefined shows the whole domain. */
  timelineView: TimeWindow | undefined;
  /** Night mode: play and step move only between nights with at least one strike. */
  skipEmptyNights: boolean;
  setTimeWindow: (timeWindow: TimeWindow) => void;
  setWindowMode: (mode: WindowMode) => void;
  setPlaying: (isPlaying: boolean) => void;
  setPlaySpeed: (playSpeed: PlaySpeed) => void;
  setTimelineView: (view: TimeWindow | undefined) => void;
  setSkipEmptyNights: (skip: boolean) => void;
  /** Replaces the window with a preset anchored at the current window's start. */
  applyPreset: (preset: WindowPreset) => void;
  /**
   * Moves one window (moving), one bin of the end (cumulative) or one night — with
   * `skipEmptyNights`, one night with strikes — `n` times.
   */
  stepWindow: (n: number) => void;
}

/**
 * `night` when it holds a strike; otherwise the next night that does, else the previous one, else
 * `night` itself (no strike falls in any night).
 */
function withStrikes(state: AppState, night: TimeWindow, zone: string): TimeWindow {
  const times = selectStrikeTimes(state);
  return (
    firstNightWithStrikes(times, zone, night.startMs) ??
    adjacentNightWithStrikes(times, night, -1, zone) ??
    night
  );
}

export const createTimeSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  TimeSlice
> = (set, get) => ({
  timeWindow: { startMs: 0, endMs: 0 },
  timeWindowFromUrl: undefined,
  timeWindowProvisional: undefined,
  windowMode: "moving",
  isPlaying: false,
  playSpeed: "week",
  timelineView: undefined,
  skipEmptyNights: true,
  setTimeWindow: (timeWindow) => {
    if (!(timeWindow.endMs >= timeWindow.startMs)) return;
    const current = get().timeWindow;
    if (current.startMs === timeWindow.startMs && current.endMs === timeWindow.endMs) return;
    set({ timeWindow });
  },
  setWindowMode: (windowMode) => {
    const state = get();
    if (windowMode === "night") {
      const zone = selectTimeZone(state);
      const night = nightAt(state.timeWindow.startMs, zone);
      set({
        windowMode,
        timeWindow: state.skipEmptyNights ? withStrikes(state, night, zone) : night,
        // One night per second: faster speeds would flash each night for a fraction of a second.
        playSpeed: "night",
      });
    } else set({ windowMode });
  },
  setPlaying: (isPlaying) => set({ isPlaying }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
  setTimelineView: (timelineView) => {
    if (timelineView && !(timelineView.endMs > timelineView.startMs)) return;
    set({ timelineView });
  },
  setSkipEmptyNights: (skipEmptyNights) => set({ skipEmptyNights }),
  applyPreset: (preset) => {
    const state = get();
    const zone = selectTimeZone(state);
    const domain = selectTimelineDomain(state);
    // Anchor on what the user is looking at: the selected strike's night; from the whole history,
    // the latest strike's night; otherwise the current window's start.
    const selected =
      state.selection?.kind === "strike"
        ? state.strikes.find((s) => s.id === state.selection?.id)
        : undefined;
    const isWholeDomain =
      state.timeWindow.startMs <= domain.startMs && state.timeWindow.endMs >= domain.endMs;
    const latest = isWholeDomain ? state.strikes[state.strikes.length - 1] : undefined;
    const focus = selected ?? latest;
    const anchorMs = focus ? anchorFor(focus.tMs, zone) : state.timeWindow.startMs;
    const win = presetWindow(preset, anchorMs, domain, zone);
    const windowMode =
      preset === "night" ? "night" : state.windowMode === "night" ? "moving" : state.windowMode;
    set({ timeWindow: win, windowMode });
  },
  stepWindow: (n) => {
    const state = get();
    const zone = selectTimeZone(state);
    const domain = selectTimelineDomain(state);
    const win = state.timeWindow;
    let next: TimeWindow;
    if (state.windowMode === "night" && state.skipEmptyNights) {
      const found = stepNightsWithStrikes(selectStrikeTimes(state), win, n, zone);
      if (!found) return;
      next = found;
    } else if (state.windowMode === "night") {
      next = stepNight(win, n, zone);
      if (next.startMs >= domain.endMs || next.endMs <= domain.startMs) return;
    } else if (state.windowMode === "cumulative") {
      const unit = selectBinUnit(state);
      const endMs = Math.min(domain.endMs, addUnits(win.endMs, n, unit, zone));
      next = { startMs: win.startMs, endMs: Math.max(endMs, addUnits(win.startMs, 1, unit, zone)) };
    } else {
      next = clampWindow(shiftWindow(win, n, zone), domain);
    }
    state.setTimeWindow(next);
  },
});

/** Start of the night containing `tMs`, or of its local day when it fell in daytime. */
function anchorFor(tMs: number, zone: string): number {
  const night = nightAt(tMs, zone);
  return tMs >= night.startMs && tMs < night.endMs ? night.startMs : startOfLocalDay(tMs, zone);
}
