// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { toIsoMinute } from "@/lib/iso-time";
import { type AppStore, createAppStore } from "@/state/store";
import { StoreProvider } from "@/ui/store-context";
import { Timeline } from "@/ui/timeline/Timeline";
import { loadedStore, NIGHT } from "./fixtures";

function setup(store: AppStore = loadedStore()) {
  render(
    <StoreProvider store={store}>
      <Timeline />
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

const isoWindow = (store: AppStore) => {
  const w = store.getState().timeWindow;
  return [toIsoMinute(w.startMs), toIsoMinute(w.endMs)];
};

describe("Timeline", () => {
  it("exposes both handles as sliders with epoch-ms values and a readable date", () => {
    const { store } = setup();
    act(() => store.getState().setTimeWindow(NIGHT));
    const start = screen.getByRole("slider", { name: "Window start" });
    const end = screen.getByRole("slider", { name: "Window end" });
    expect(start).toHaveAttribute("aria-valuenow", String(NIGHT.startMs));
    expect(start).toHaveAttribute("aria-valuemax", String(NIGHT.endMs));
    expect(start).toHaveAttribute("aria-valuemin", String(Date.parse("2024-01-02T00:00+02:00")));
    expect(start).toHaveAttribute("aria-valuetext", "13 Nov 2025, 18:00 Kyiv");
    expect(end).toHaveAttribute("aria-valuetext", "14 Nov 2025, 06:00 Kyiv");
    expect(end).toHaveAttribute("aria-valuemax", String(Date.parse("2025-11-22T00:00+02:00")));
  });

  it("shows the count for the night preset in the chosen zone (said by the Announcer, not live itself)", async () => {
    const { store, user } = setup();
    act(() => store.getState().setTimeWindow({ ...NIGHT, endMs: NIGHT.endMs + 86_400_000 }));
    await user.click(screen.getByRole("button", { name: "Night" }));
    const count = screen.getByText(/strikes ·/);
    expect(count).toHaveTextContent("3 strikes · 13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)");
    // Not a live region: every step of a drag would be read; the Announcer says the settled window.
    expect(count.closest("[aria-live]")).toBeNull();
    act(() => store.getState().setZoneMode("utc"));
    expect(count).toHaveTextContent("3 strikes · 13 Nov 2025 16:00 – 14 Nov 2025 04:00 (UTC)");
  });

  it("steps a handle one bin with arrows, one window with PageUp/PageDown, to the ends with Home/End", async () => {
    const { store, user } = setup();
    act(() => {
      store
        .getState()
        .setTimelineView({ startMs: NIGHT.startMs - 86_400_000, endMs: NIGHT.endMs + 86_400_000 });
      store.getState().setTimeWindow(NIGHT);
    });
    const end = screen.getByRole("slider", { name: "Window end" });
    end.focus();
    await user.keyboard("{ArrowRight}");
    expect(isoWindow(store)).toEqual(["2025-11-13T18:00+02:00", "2025-11-14T07:00+02:00"]);
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(isoWindow(store)[1]).toBe("2025-11-14T05:00+02:00");
    await user.keyboard("{PageUp}");
    expect(isoWindow(store)).toEqual(["2025-11-14T05:00+02:00", "2025-11-14T16:00+02:00"]);
    await user.keyboard("{PageDown}");
    expect(isoWindow(store)).toEqual(["2025-11-13T18:00+02:00", "2025-11-14T05:00+02:00"]);
    await user.keyboard("{End}");
    expect(isoWindow(store)[1]).toBe("2025-11-22T00:00+02:00");
    const start = screen.getByRole("slider", { name: "Window start" });
    start.focus();
    await user.keyboard("{Home}");
    expect(isoWindow(store)[0]).toBe("2024-01-02T00:00+02:00");
  });

  it("toggles play with Space on a handle, and Play/Pause with its button", async () => {
    const { store, user } = setup();
    // A week before the last strike, so playback has room to run while the test clicks.
    act(() => store.getState().setTimeWindow(NIGHT));
    screen.getByRole("slider", { name: "Window start" }).focus();
    await user.keyboard(" ");
    expect(store.getState().isPlaying).toBe(true);
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Pause" }));
    expect(store.getState().isPlaying).toBe(false);
    // Space on a button presses that button only (no second toggle).
    screen.getByRole("button", { name: "Play" }).focus();
    await user.keyboard(" ");
    expect(store.getState().isPlaying).toBe(true);
  });

  it("steps with the previous/next buttons and switches modes", async () => {
    const { store, user } = setup();
    act(() => store.getState().setTimeWindow(NIGHT));
    await user.selectOptions(screen.getByRole("combobox", { name: "Mode" }), "night");
    expect(store.getState().windowMode).toBe("night");
    // Nights without strikes are skipped by default: the next one with a strike is 20–21 Nov.
    await user.click(screen.getByRole("button", { name: "Next window" }));
    expect(isoWindow(store)).toEqual(["2025-11-20T18:00+02:00", "2025-11-21T06:00+02:00"]);
    await user.click(screen.getByRole("button", { name: "Previous window" }));
    expect(store.getState().timeWindow).toEqual(NIGHT);
    await user.click(screen.getByRole("checkbox", { name: "Skip nights without strikes" }));
    expect(store.getState().skipEmptyNights).toBe(false);
    await user.click(screen.getByRole("button", { name: "Next window" }));
    expect(isoWindow(store)).toEqual(["2025-11-14T18:00+02:00", "2025-11-15T06:00+02:00"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Speed" }), "month");
    expect(store.getState().playSpeed).toBe("month");
  });

  it("sets an exact window typed to the minute, and refuses an end before the start", async () => {
    const { store, user } = setup();
    const form = screen.getByRole("form", { name: "Exact window" });
    const from = within(form).getByRole("textbox", { name: "From (Kyiv time)" });
    const to = within(form).getByRole("textbox", { name: "To (Kyiv time)" });
    await user.clear(from);
    await user.type(from, "2025-11-13 18:00");
    await user.clear(to);
    await user.type(to, "2025-11-14 06:00");
    await user.click(within(form).getByRole("button", { name: "Set" }));
    expect(store.getState().timeWindow).toEqual(NIGHT);
    fireEvent.change(to, { target: { value: "2025-11-13 17:59" } });
    await user.click(within(form).getByRole("button", { name: "Set" }));
    expect(screen.getByRole("alert")).toHaveTextContent("To must be after From.");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(from).toHaveAttribute("aria-invalid", "false");
    expect(store.getState().timeWindow).toEqual(NIGHT);
  });

  it("opens a diplomatic event with its source as a safe link, and closes with Escape", async () => {
    const { user } = setup();
    const events = screen.getByRole("list", { name: "Diplomatic events" });
    expect(within(events).getAllByRole("button")).toHaveLength(3);
    const marker = within(events).getByRole("button", {
      name: /Coordinates handed over: Coordinates handed to Russia/,
    });
    await user.click(marker);
    const dialog = await screen.findByRole("dialog", { name: "Coordinates handed to Russia" });
    expect(dialog).toHaveTextContent("1 Oct 2025");
    expect(dialog).toHaveTextContent("Disputed date (Someone): A week later");
    const link = within(dialog).getByRole("link", { name: /Handover report/ });
    expect(link).toHaveAttribute("href", "https://example.org/handover");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(within(dialog).queryByRole("link", { name: /Not a link/ })).toBeNull();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(marker).toHaveFocus();
  });

  it("draws one bar per non-empty bin and describes the histogram", () => {
    const { store } = setup();
    act(() => store.getState().setTimelineView(NIGHT));
    const img = screen.getByRole("img", { name: /Strikes per hour/ });
    expect(img).toHaveAccessibleName(/3 in all, at most 1 in one hour/);
    expect(img.querySelectorAll(".timeline-bars rect")).toHaveLength(3);
  });

  it("collapses its body with the toggle (phones)", async () => {
    const { user } = setup();
    const toggle = screen.getByRole("button", { name: "Timeline" });
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("region", { name: "Timeline" })).toHaveAttribute(
      "data-collapsed",
      "true",
    );
  });

  it("holds its place while the data loads, then shows the slider; with no dated strikes it says so", () => {
    const store = createAppStore();
    act(() => store.getState().setDataStatus("loading"));
    setup(store);
    const region = screen.getByRole("region", { name: "Timeline" });
    expect(region).toHaveAttribute("data-loading", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Loading the strikes’ dates…");
    expect(screen.queryByRole("slider")).toBeNull();
    const loaded = loadedStore().getState();
    act(() =>
      store.getState().setLoadedData({
        missions: loaded.missions,
        strikes: loaded.strikes,
        events: [],
        issues: [],
        datasetVersion: "test",
      }),
    );
    expect(region).toHaveAttribute("data-loading", "false");
    expect(screen.queryByText("Loading the strikes’ dates…")).toBeNull();
    expect(screen.getAllByRole("slider").length).toBeGreaterThan(0);
    // Loaded, but nothing dated: the empty state, not the placeholder.
    act(() =>
      store.getState().setLoadedData({
        missions: loaded.missions,
        strikes: [],
        events: [],
        issues: [],
        datasetVersion: "test",
      }),
    );
    expect(region).toHaveAttribute("data-loading", "false");
    expect(screen.getByText("No dated strikes loaded.")).toBeInTheDocument();
  });
});
