import { useEffect } from "react";
import { i18nFor } from "@/i18n/catalog";
import { debounce } from "@/lib/debounce";
import { selectMeasurement } from "@/state/measure-selectors";
import type { AppStore } from "@/state/store";
import { useAppStoreApi } from "../store-context";
import { filtersAnnouncement, measureAnnouncement, windowAnnouncement } from "./announce-text";

/** Quiet time before a moving window or a typed filter is said: the settled value, once. */
export const SETTLE_MS = 600;

/**
 * Feeds the one polite Announcer: the time window once it settles (never during playback, and not
 * the window a data load sets), filter changes with what is hidden and how many strikes remain,
 * and each measure point added, moved (settled) or removed. Returns an unbind.
 */
export function bindAnnouncements(store: AppStore, settleMs = SETTLE_MS): () => void {
  const say = (text: string | undefined) => {
    if (text) store.getState().announce(text);
  };
  const i18n = () => i18nFor(store.getState().locale);
  const sayWindow = debounce(() => {
    const s = store.getState();
    if (!s.isPlaying) say(windowAnnouncement(s, i18n()));
  }, settleMs);
  const sayFilters = debounce(() => say(filtersAnnouncement(store.getState(), i18n())), settleMs);
  const sayMove = debounce((text: string | undefined) => say(text), settleMs);
  let strikes = store.getState().strikes;
  const unsubs = [
    store.subscribe(
      (s) => s.timeWindow,
      () => {
        // A data load sets the first window: that is not the user's change.
        const now = store.getState().strikes;
        if (now !== strikes) strikes = now;
        else sayWindow();
      },
    ),
    store.subscribe(
      (s) => s.isPlaying,
      (playing) => {
        if (!playing) sayWindow();
      },
    ),
    store.subscribe((s) => s.filters, sayFilters),
    store.subscribe(
      (s) => s.measurePoints,
      (next, prev) => {
        const s = store.getState();
        const text = measureAnnouncement(prev, next, selectMeasurement(s), s, i18n());
        if (next.length === prev.length) sayMove(text);
        else {
          sayMove.cancel();
          say(text);
        }
      },
    ),
  ];
  return () => {
    for (const u of unsubs) u();
    sayWindow.cancel();
    sayFilters.cancel();
    sayMove.cancel();
  };
}

/** Mounts the announcement feeds for the app's store (renders nothing). */
export function StatusAnnouncements() {
  const store = useAppStoreApi();
  useEffect(() => bindAnnouncements(store), [store]);
  return null;
}
