// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { AppStore } from "@/state/store";
import { StoreProvider } from "@/ui/store-context";
import { WindowForm } from "@/ui/timeline/WindowForm";
import { loadedStore, NIGHT } from "./fixtures";

function setup(store: AppStore = loadedStore()) {
  act(() => store.getState().setTimeWindow(NIGHT));
  render(
    <StoreProvider store={store}>
      <WindowForm />
    </StoreProvider>,
  );
  const form = screen.getByRole("form", { name: "Exact window" });
  return { store, form, user: userEvent.setup() };
}

const field = (form: HTMLElement, name: RegExp) => within(form).getByRole("textbox", { name });

describe("exact window fields", () => {
  it("show the window as YYYY-MM-DD HH:MM in Kyiv time, labelled with the zone and its offset", () => {
    const { form } = setup();
    const from = field(form, /^From \(Kyiv time\)$/);
    expect(from).toHaveValue("2025-11-13 18:00");
    expect(field(form, /^To \(Kyiv time\)$/)).toHaveValue("2025-11-14 06:00");
    expect(from).toHaveAttribute("type", "text");
    expect(from).toHaveAccessibleDescription(
      "Kyiv time (UTC+02:00) Type as YYYY-MM-DD HH:MM, 24-hour clock.",
    );
  });

  it("follow the app's zone: UTC, then the browser's own zone by name", () => {
    const { store, form } = setup();
    act(() => store.getState().setZoneMode("utc"));
    expect(field(form, /^From \(UTC\)$/)).toHaveValue("2025-11-13 16:00");
    expect(field(form, /^From \(UTC\)$/)).toHaveAccessibleDescription(/^UTC Type as/);
    act(() => store.getState().setZoneMode("local"));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(field(form, /^From \(your time/)).toHaveAccessibleName(`From (your time (${zone}))`);
  });

  it("read typed text in the chosen zone and apply it with Enter", async () => {
    const { store, form, user } = setup();
    act(() => store.getState().setZoneMode("utc"));
    const from = field(form, /^From/);
    await user.clear(from);
    await user.type(from, "2025-11-13 20:00{Enter}");
    expect(store.getState().timeWindow).toEqual({
      startMs: Date.parse("2025-11-13T20:00Z"),
      endMs: NIGHT.endMs,
    });
    expect(from).toHaveValue("2025-11-13 20:00");
  });

  it("mark unreadable text invalid and say why, instead of ignoring it", async () => {
    const { store, form, user } = setup();
    const from = field(form, /^From/);
    await user.clear(from);
    await user.type(from, "13/11/2025 6pm{Enter}");
    expect(from).toHaveAttribute("aria-invalid", "true");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(
      "From is not a time: type it as YYYY-MM-DD HH:MM, e.g. 2025-11-13 18:00.",
    );
    expect(from).toHaveAccessibleDescription(/From is not a time/);
    expect(store.getState().timeWindow).toEqual(NIGHT);
    // Typing again clears the message; a time Kyiv skipped (DST) is refused by name.
    await user.clear(from);
    expect(screen.queryByRole("alert")).toBeNull();
    await user.type(from, "2025-03-30 03:30{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "From does not exist in Kyiv time: the clocks skipped that hour.",
    );
    expect(store.getState().timeWindow).toEqual(NIGHT);
  });

  it("announce a malformed field when leaving it, and focus the first bad field on Set", async () => {
    const { form, user } = setup();
    const from = field(form, /^From/);
    const to = field(form, /^To/);
    await user.clear(to);
    await user.type(to, "2025-02-30 10:00");
    await user.tab();
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("alert")).toHaveTextContent("To is not a calendar date.");
    await user.clear(from);
    await user.click(within(form).getByRole("button", { name: "Set" }));
    expect(from).toHaveFocus();
    expect(screen.getByRole("alert")).toHaveTextContent(/From is empty.*To is not a calendar date/);
  });

  it("revert to the current window with Escape or Reset", async () => {
    const { form, user } = setup();
    const from = field(form, /^From/);
    await user.clear(from);
    await user.type(from, "nonsense{Enter}");
    await user.keyboard("{Escape}");
    expect(from).toHaveValue("2025-11-13 18:00");
    expect(from).toHaveAttribute("aria-invalid", "false");
    expect(screen.queryByRole("alert")).toBeNull();
    await user.type(from, "x");
    await user.click(within(form).getByRole("button", { name: "Reset" }));
    expect(from).toHaveValue("2025-11-13 18:00");
  });

  it("leave night mode when an exact window is set", async () => {
    const { store, form, user } = setup();
    act(() => store.getState().setWindowMode("night"));
    const to = field(form, /^To/);
    await user.clear(to);
    await user.type(to, "2025-11-14 09:00{Enter}");
    expect(store.getState().windowMode).toBe("moving");
    expect(store.getState().timeWindow.endMs).toBe(Date.parse("2025-11-14T09:00+02:00"));
  });

  it("drop typed text and its error when the zone changes, and do not bring them back", async () => {
    const { store, form, user } = setup();
    const from = field(form, /^From/);
    await user.clear(from);
    await user.type(from, "yesterday{Enter}");
    expect(from).toHaveAttribute("aria-invalid", "true");
    act(() => store.getState().setZoneMode("utc"));
    const fromUtc = field(form, /^From/);
    expect(fromUtc).not.toHaveAttribute("aria-invalid", "true");
    expect(fromUtc).toHaveValue(
      new Date(store.getState().timeWindow.startMs).toISOString().slice(0, 16).replace("T", " "),
    );
    expect(within(form).queryByRole("alert")).toBeNull();
    act(() => store.getState().setZoneMode("kyiv"));
    expect(field(form, /^From/)).not.toHaveValue("yesterday");
  });
});
