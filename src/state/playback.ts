import { adjacentNightWithStrikes, firstNightWithStrikes } from "@/analysis/nights";
import { DAY_MS, nightAt, stepNight } from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import type { MessageKey } from "@/i18n/translator";
import { selectStrikeTimes } from "./selectors";
import type { PlaySpeed, WindowMode } from "./slices/time-slice";
import type { AppState, AppStore } from "./store";
import { selectPlaybackDomain, selectTimeZone } from "./time-selectors";

/** Data time shown per real second at each speed, with its label (a message id). */
export const PLAY_SPEEDS: Readonly<
  Record<PlaySpeed, { readonly label: MessageKey; readonly dataMsPerS: number }>
> = {
  night: { label: "timeline.speedNight", dataMsPerS: DAY_MS },
  "3d": { label: "timeline.speed3d", dataMsPerS: 3 * DAY_MS },
  week: { label: "timeline.speedWeek", dataMsPerS: 7 * DAY_MS },
  month: { label: "timeline.speedMonth", dataMsPerS: 30 * DAY_MS },
};

/** Longest real frame gap counted (ms): a background tab resumes without a jump. */
const MAX_FRAME_MS = 100;
const MINUTE_MS = 60_000;

export interface PlayState {
  readonly window: TimeWindow;
  /** Data time advanced but not yet shown (night mode moves in whole nights; others by minutes). */
  readonly carryMs: number;
  readonly ended: boolean;
}

/**
 * Advances a window by `dataMs` of data time in `mode`, stopping at `domain.endMs`. Moving slides
 * the whole window; cumulative grows its end; night jumps whole nights (18:00–06:00 local), one
 * per day of data time — with `nightTimesMs` (ascending strike instants) only to nights holding
 * at least one of them, ending after the last such night. Positions are whole `stepMs` (a minute,
 * or a coarser step for reduced motion); the remainder is carried. Never mutates its inputs.
 */
export function advanceWindow(
  state: PlayState,
  mode: WindowMode,
  dataMs: number,
  domain: TimeWindow,
  timeZone: string,
  nightTimesMs?: ArrayLike<number>,
  stepMs: number = MINUTE_MS,
): PlayState {
  let carryMs = state.carryMs + dataMs;
  const win = state.window;
  if (mode === "night") {
    let next = win;
    while (carryMs >= DAY_MS) {
      const candidate = nightTimesMs
        ? adjacentNightWithStrikes(nightTimesMs, next, 1, timeZone)
        : stepNight(next, 1, timeZone);
      if (!candidate || candidate.startMs >= domain.endMs)
        return { window: next, carryMs: 0, ended: true };
      next = candidate;
      carryMs -= DAY_MS;
    }
    return { window: next, carryMs, ended: false };
  }
  const moveMs = Math.floor(carryMs / stepMs) * stepMs;
  carryMs -= moveMs;
  if (mode === "cumulative") {
    const endMs = win.endMs + moveMs;
    if (endMs >= domain.endMs)
      return { window: { startMs: win.startMs, endMs: domain.endMs }, carryMs: 0, ended: true };
    return { window: { startMs: win.startMs, endMs }, carryMs, ended: false };
  }
  const width = win.endMs - win.startMs;
  if (win.endMs + moveMs >= domain.endMs) {
    return {
      window: { startMs: domain.endMs - width, endMs: domain.endMs },
      carryMs: 0,
      ended: true,
    };
  }
  return {
    window: { startMs: win.startMs + moveMs, endMs: win.endMs + moveMs },
    carryMs,
    ended: false,
  };
}

/**
 * The window to start playing from: the current one, or its first position if it is already at
 * the end. With `nightTimesMs` (see `advanceWindow`) night mode rewinds to the first night with a
 * strike once no later night has one.
 */
export function playStart(
  win: TimeWindow,
  mode: WindowMode,
  domain: TimeWindow,
  timeZone: string,
  nightTimesMs?: ArrayLike<number>,
): TimeWindow {
  if (mode === "night" && nightTimesMs) {
    const next = adjacentNightWithStrikes(nightTimesMs, win, 1, timeZone);
    if (next && next.startMs < domain.endMs) return win;
    return firstNightWithStrikes(nightTimesMs, timeZone) ?? nightAt(domain.startMs, timeZone);
  }
  if (mode === "night") {
    return stepNight(win, 1, timeZone).startMs >= domain.endMs
      ? nightAt(domain.startMs, timeZone)
      : win;
  }
  if (win.endMs < domain.endMs) return win;
  if (mode === "cumulative")
    return { startMs: win.startMs, endMs: Math.min(win.startMs + DAY_MS, domain.endMs) };
  const width = win.endMs - win.startMs;
  return { startMs: domain.startMs, endMs: domain.startMs + width };
}

/** The strike instants night mode steps between, when it skips nights without strikes. */
const nightTimes = (s: AppState) => (s.skipEmptyNights ? selectStrikeTimes(s) : undefined);

export interface FrameClock {
  request(cb: (nowMs: number) => void): number;
  cancel(handle: number): void;
}

const browserClock: FrameClock = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/**
 * Runs playback while `isPlaying` is true: one store update per animation frame, at the chosen
 * speed, in the chosen mode; stops (isPlaying → false) after the last strike (`selectPlaybackDomain`).
 * When `reducedMotion()` is true the window does not glide: it steps once per real second by a
 * whole second's worth of data time (nights already step whole). Returns an unbind.
 */
export function bindPlayback(
  store: AppStore,
  clock: FrameClock = browserClock,
  reducedMotion: () => boolean = () => false,
): () => void {
  let handle: number | undefined;
  let lastMs: number | undefined;
  let carryMs = 0;

  const stop = () => {
    if (handle !== undefined) clock.cancel(handle);
    handle = undefined;
    lastMs = undefined;
    carryMs = 0;
  };
  const frame = (nowMs: number) => {
    handle = undefined;
    const state = store.getState();
    if (!state.isPlaying) return;
    const dtMs = lastMs === undefined ? 0 : Math.min(MAX_FRAME_MS, Math.max(0, nowMs - lastMs));
    lastMs = nowMs;
    const dataMs = (dtMs / 1000) * PLAY_SPEEDS[state.playSpeed].dataMsPerS;
    const next = advanceWindow(
      { window: state.timeWindow, carryMs, ended: false },
      state.windowMode,
      dataMs,
      selectPlaybackDomain(state),
      selectTimeZone(state),
      nightTimes(state),
      reducedMotion() ? PLAY_SPEEDS[state.playSpeed].dataMsPerS : MINUTE_MS,
    );
    carryMs = next.carryMs;
    state.setTimeWindow(next.window);
    if (next.ended) state.setPlaying(false);
    else handle = clock.request(frame);
  };
  const start = () => {
    const state = store.getState();
    const domain = selectPlaybackDomain(state);
    if (!(domain.endMs > domain.startMs)) {
      state.setPlaying(false);
      return;
    }
    state.setTimeWindow(
      playStart(
        state.timeWindow,
        state.windowMode,
        domain,
        selectTimeZone(state),
        nightTimes(state),
      ),
    );
    handle = clock.request(frame);
  };
  const unsubscribe = store.subscribe(
    (s) => s.isPlaying,
    (playing) => {
      stop();
      if (playing) start();
    },
    { fireImmediately: true },
  );
  return () => {
    unsubscribe();
    stop();
  };
}
