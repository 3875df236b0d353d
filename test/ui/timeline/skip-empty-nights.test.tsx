// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { StoreProvider } from "@/ui/store-context";
import { SkipEmptyNights } from "@/ui/timeline/SkipEmptyNights";
import { loadedStore } from "./fixtures";

describe("SkipEmptyNights", () => {
  it("shows only in night mode, checked by default, and sets the store option", async () => {
    const store = loadedStore();
    const user = userEvent.setup();
    render(
      <StoreProvider store={store}>
        <SkipEmptyNights />
      </StoreProvider>,
    );
    const name = "Skip nights without strikes";
    expect(screen.queryByRole("checkbox", { name })).toBeNull();
    act(() => store.getState().setWindowMode("night"));
    const box = screen.getByRole("checkbox", { name });
    expect(box).toBeChecked();
    await user.click(box);
    expect(store.getState().skipEmptyNights).toBe(false);
    expect(box).not.toBeChecked();
    act(() => store.getState().setSkipEmptyNights(true));
    expect(box).toBeChecked();
  });
});
