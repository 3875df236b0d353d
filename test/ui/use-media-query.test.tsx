// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useMediaQuery } from "@/ui/use-media-query";

function fakeMatchMedia(initial: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: initial,
    media: "(max-width: 720px)",
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const matchMedia = vi.fn(() => list);
  vi.stubGlobal("matchMedia", matchMedia);
  return {
    matchMedia,
    listeners,
    change(matches: boolean) {
      list.matches = matches;
      for (const fn of listeners) fn();
    },
  };
}

let bump: () => void = () => {};
function Probe() {
  const [n, setN] = useState(0);
  bump = () => setN((x) => x + 1);
  const phone = useMediaQuery("(max-width: 720px)");
  return <p>{`${phone ? "phone" : "wide"} ${n}`}</p>;
}

afterEach(() => vi.unstubAllGlobals());

describe("useMediaQuery", () => {
  it("follows the query and neither re-queries nor resubscribes when its component re-renders", () => {
    const media = fakeMatchMedia(false);
    render(<Probe />);
    expect(screen.getByText("wide 0")).toBeInTheDocument();
    const calls = media.matchMedia.mock.calls.length;
    for (let i = 1; i <= 5; i++) act(() => bump());
    expect(screen.getByText("wide 5")).toBeInTheDocument();
    expect(media.matchMedia.mock.calls.length).toBe(calls);
    expect(media.listeners.size).toBe(1);
    act(() => media.change(true));
    expect(screen.getByText("phone 5")).toBeInTheDocument();
  });
});
