import { useSyncExternalStore } from "react";

const noop = () => {};
/** Per `matchMedia` (tests replace it), one MediaQueryList per query: a call builds a new one. */
const lists = new WeakMap<typeof window.matchMedia, Map<string, MediaQueryList>>();

function listFor(query: string): MediaQueryList | undefined {
  if (typeof window === "undefined" || !window.matchMedia) return undefined;
  const matchMedia = window.matchMedia;
  let byQuery = lists.get(matchMedia);
  if (!byQuery) {
    byQuery = new Map();
    lists.set(matchMedia, byQuery);
  }
  let list = byQuery.get(query);
  if (!list) {
    list = matchMedia.call(window, query);
    byQuery.set(query, list);
  }
  return list;
}

/** `subscribe` per query, made once: a new function each render would resubscribe each render. */
const subscribers = new Map<string, (onChange: () => void) => () => void>();
function subscriberFor(query: string) {
  let subscribe = subscribers.get(query);
  if (!subscribe) {
    subscribe = (onChange) => {
      const list = listFor(query);
      if (!list) return noop;
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    };
    subscribers.set(query, subscribe);
  }
  return subscribe;
}

/**
 * Whether a CSS media query matches now, following changes; false where matchMedia is missing.
 * Components that re-render on every time-slider step use it, so a render only reads `matches`.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    subscriberFor(query),
    () => listFor(query)?.matches ?? false,
    () => false,
  );
}
