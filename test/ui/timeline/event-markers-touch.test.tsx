// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StoreProvider } from "@/ui/store-context";
import { EventMarkers, TOUCH_QUERY } from "@/ui/timeline/EventMarkers";
import { loadedStore } from "./fixtures";

/** A matchMedia whose TOUCH_QUERY answer the test sets, with change events. */
function fakeMatchMedia(initial: boolean) {
  let matches = initial;
  const listeners = new Set<() => void>();
  const mql = (query: string) => ({
    get matches() {
      return query === TOUCH_QUERY ? matches : false;
    },
    media: query,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  });
  vi.stubGlobal("matchMedia", vi.fn(mql));
  return (next: boolean) => {
    matches = next;
    for (const fn of listeners) fn();
  };
}

// The marker row is 400 px wide: handover (1 Oct 2025) lies 25.5 px before the protest (14 Nov).
beforeEach(() => {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      readonly cb: () => void;
      constructor(cb: () => void) {
        this.cb = cb;
      }
      observe() {
        this.cb();
      }
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(400);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function markers() {
  render(
    <StoreProvider store={loadedStore()}>
      <EventMarkers />
    </StoreProvider>,
  );
  return () =>
    within(screen.getByRole("list", { name: "Diplomatic events" }))
      .getAllByRole("button")
      .map((b) => b.getAttribute("aria-label"));
}

describe("event markers on touch screens", () => {
  it("keep 24 px apart with a fine pointer: the handover has its own marker", () => {
    fakeMatchMedia(false);
    const labels = markers();
    expect(labels()).toEqual([
      "Coordinates handed over: Coordinates handed to Russia, 1 Oct 2025",
      "2 diplomatic events, 14 Nov 2025, 10:00 to 21 Nov 2025",
    ]);
  });

  it("merge markers closer than a 44 px hit area on touch screens, following changes", () => {
    const setTouch = fakeMatchMedia(true);
    const labels = markers();
    expect(labels()).toEqual(["3 diplomatic events, 1 Oct 2025 to 21 Nov 2025"]);
    act(() => setTouch(false));
    expect(labels()).toHaveLength(2);
  });
});
