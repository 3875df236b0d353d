// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { StoreProvider } from "@/ui/store-context";
import { Timeline } from "@/ui/timeline/Timeline";
import { stubPhone } from "../../helpers/media";
import { loadedStore, NIGHT } from "./fixtures";

afterEach(() => vi.unstubAllGlobals());

describe("the phone's time control", () => {
  it("shows play, the presets and both slider handles at once, the rest behind More", async () => {
    stubPhone();
    const store = loadedStore();
    render(
      <StoreProvider store={store}>
        <Timeline />
      </StoreProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole("button", { name: "Play" })).toBeVisible();
    for (const name of ["Night", "24 h", "7 days", "30 days", "All"])
      expect(screen.getByRole("button", { name })).toBeVisible();
    expect(screen.getByRole("slider", { name: "Window start" })).toBeVisible();
    expect(screen.getByRole("slider", { name: "Window end" })).toBeVisible();
    expect(screen.queryByRole("combobox", { name: "Speed" })).toBeNull();
    const more = screen.getByRole("button", { name: "More" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    await user.click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("combobox", { name: "Speed" })).toBeVisible();
    // Presets and steps act on the window as on desktop.
    act(() => store.getState().setTimeWindow({ ...NIGHT, endMs: NIGHT.endMs + 86_400_000 }));
    await user.click(screen.getByRole("button", { name: "Night" }));
    expect(store.getState().timeWindow).toEqual(NIGHT);
    await user.click(screen.getByRole("button", { name: "Next window" }));
    expect(store.getState().timeWindow.startMs).toBeGreaterThan(NIGHT.startMs);
    // A harness limit for a loaded shared machine, not a speed check.
  }, 60_000);
});
