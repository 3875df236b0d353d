// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";
import { SidePanelSheet } from "@/ui/sheet/SidePanelSheet";
import { StoreProvider } from "@/ui/store-context";

function setup() {
  render(
    <StoreProvider store={createAppStore()}>
      <SidePanelSheet label="Panel">
        <p>Details</p>
      </SidePanelSheet>
    </StoreProvider>,
  );
  return { user: userEvent.setup(), aside: screen.getByRole("complementary", { name: "Panel" }) };
}

describe("the phone's bottom sheet", () => {
  it("starts at half height with a described, collapsed handle", () => {
    const { aside } = setup();
    const handle = screen.getByRole("button", { name: "Panel at half height" });
    expect(handle).toHaveAttribute("aria-expanded", "false");
    expect(handle).toHaveAccessibleDescription(/Drag up or down to resize the panel/);
    expect(aside.style.getPropertyValue("--sheet-share")).toBe("50%");
  });

  it("switches to full height and back when the handle is pressed", async () => {
    const { user, aside } = setup();
    await user.click(screen.getByRole("button", { name: "Panel at half height" }));
    const handle = screen.getByRole("button", { name: "Panel at full height" });
    expect(handle).toHaveAttribute("aria-expanded", "true");
    expect(aside.style.getPropertyValue("--sheet-share")).toBe("85%");
    expect(aside).toHaveAttribute("data-sheet", "full");
    handle.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Panel at half height" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });

  it("goes to full with Arrow Up and to half with Arrow Down", async () => {
    const { user, aside } = setup();
    screen.getByRole("button", { name: /Panel at/ }).focus();
    await user.keyboard("{ArrowUp}");
    expect(aside).toHaveAttribute("data-sheet", "full");
    await user.keyboard("{ArrowDown}");
    expect(aside).toHaveAttribute("data-sheet", "half");
  });
});
