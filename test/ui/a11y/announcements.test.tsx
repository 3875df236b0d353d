// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { geodesicInverse } from "@/analysis/geodesic";
import { formatSeparation } from "@/lib/format";
import { Announcer } from "@/ui/a11y/Announcer";
import { SETTLE_MS, StatusAnnouncements } from "@/ui/a11y/StatusAnnouncements";
import { FilterPanel } from "@/ui/FilterPanel";
import { StoreProvider } from "@/ui/store-context";
import { embassy } from "../../helpers/domain-fixtures";
import { loadedStore, NIGHT } from "../timeline/fixtures";

function setup() {
  const store = loadedStore();
  render(
    <StoreProvider store={store}>
      <StatusAnnouncements />
      <Announcer />
      <FilterPanel />
    </StoreProvider>,
  );
  const live = screen.getByRole("status");
  const seq = () => store.getState().announcement.seq;
  const settle = () => act(() => vi.advanceTimersByTime(SETTLE_MS));
  return { store, live, seq, settle };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("polite announcements", () => {
  it("says the settled time window and its count once, not every step", () => {
    const { store, live, seq, settle } = setup();
    settle();
    expect(seq()).toBe(0); // the window the data load set is not announced
    const hour = 3_600_000;
    act(() => {
      for (let i = 3; i >= 0; i--)
        store.getState().setTimeWindow({ startMs: NIGHT.startMs, endMs: NIGHT.endMs + i * hour });
    });
    expect(seq()).toBe(0);
    settle();
    expect(seq()).toBe(1);
    expect(live).toHaveTextContent(
      "Time window: 3 strikes · 13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)",
    );
  });

  it("stays quiet while playing and says where playback stopped", () => {
    const { store, live, seq, settle } = setup();
    act(() => store.getState().setPlaying(true));
    act(() => store.getState().setTimeWindow(NIGHT));
    settle();
    expect(seq()).toBe(0);
    act(() => store.getState().setPlaying(false));
    settle();
    expect(live).toHaveTextContent(/^Time window: 3 strikes · 13 Nov 2025 18:00/);
  });

  it("says which filters hide what and how many strikes remain", () => {
    const { store, live, settle } = setup();
    act(() => store.getState().setTimeWindow(NIGHT));
    settle();
    // The fixture strikes are all medium confidence: hiding it leaves none in the window.
    fireEvent.click(screen.getByRole("checkbox", { name: "medium" }));
    settle();
    expect(live).toHaveTextContent(
      "Filters: confidence hidden: medium. 0 strikes shown in the time window.",
    );
    fireEvent.click(screen.getByRole("checkbox", { name: "medium" }));
    settle();
    expect(live).toHaveTextContent("Filters: none. 3 strikes shown in the time window.");
  });

  it("reads each measure point added, a moved point once settled, and the clearing", () => {
    const { store, live, seq, settle } = setup();
    const s = () => store.getState();
    act(() => s().addMeasurePoint({ lngLat: [30.5, 50.45] }));
    expect(live).toHaveTextContent("Point 1 added: 50.45000° N, 30.50000° E");
    act(() =>
      s().addMeasurePoint({ lngLat: embassy.lngLat, ref: { kind: "mission", id: embassy.id } }),
    );
    const d = formatSeparation(geodesicInverse([30.5, 50.45], embassy.lngLat).distanceM);
    expect(live).toHaveTextContent(
      `Point 2 added: 50.45000° N, 30.50000° E → Test Embassy: ${d} (`,
    );
    const before = seq();
    act(() => {
      s().moveMeasurePoint(0, { lngLat: [30.49, 50.45] });
      s().moveMeasurePoint(0, { lngLat: [30.48, 50.45] });
    });
    expect(seq()).toBe(before);
    settle();
    expect(seq()).toBe(before + 1);
    const moved = formatSeparation(geodesicInverse([30.48, 50.45], embassy.lngLat).distanceM);
    expect(live).toHaveTextContent(
      `Point 1 moved: 50.45000° N, 30.48000° E → Test Embassy: ${moved}`,
    );
    act(() => s().clearMeasure());
    expect(live).toHaveTextContent("Measurement cleared.");
    // "Measure to…" replaces the path at once: the whole measurement is said, without waiting.
    act(() =>
      s().setMeasurePoints([
        { lngLat: [30.5, 50.45] },
        { lngLat: embassy.lngLat, ref: { kind: "mission", id: embassy.id } },
      ]),
    );
    expect(live).toHaveTextContent(`Measured: 50.45000° N, 30.50000° E → Test Embassy: ${d} (`);
  });
});
