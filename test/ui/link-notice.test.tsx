// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { i18nFor } from "@/i18n/catalog";
import { createAppStore } from "@/state/store";
import { LinkNotice, linkNoticeText } from "@/ui/LinkNotice";
import { StoreProvider } from "@/ui/store-context";

function setup() {
  const store = createAppStore();
  const { container } = render(
    <StoreProvider store={store}>
      <LinkNotice />
    </StoreProvider>,
  );
  return { store, container, user: userEvent.setup() };
}

describe("LinkNotice", () => {
  it("words the problems as one sentence", () => {
    const en = i18nFor("en");
    expect(linkNoticeText([], en)).toBe("");
    expect(
      linkNoticeText(
        [
          { part: "from", reason: "not a date" },
          { part: "rings", reason: "not a radius in metres: “abc”" },
        ],
        en,
      ),
    ).toBe(
      "Part of the link could not be used: from (not a date); rings (not a radius in metres: “abc”).",
    );
  });

  it("keeps an empty polite live region until a link has problems, then fills it", () => {
    const { store, container } = setup();
    const live = container.querySelector("[aria-live]");
    expect(live).toHaveAttribute("aria-live", "polite");
    expect(live).toBeEmptyDOMElement();
    expect(screen.queryByRole("button")).toBeNull();
    act(() => store.getState().setLinkProblems([{ part: "from", reason: "not a date" }]));
    expect(container.querySelector("[aria-live]")).toBe(live);
    expect(live).toHaveTextContent("Part of the link could not be used: from (not a date).");
  });

  it("is dismissed with its button, which clears the problems in the store", async () => {
    const { store, container, user } = setup();
    act(() => store.getState().setLinkProblems([{ part: "mode", reason: "not moving" }]));
    await user.click(screen.getByRole("button", { name: "Dismiss the link notice" }));
    expect(store.getState().linkProblems).toEqual([]);
    expect(container.querySelector("[aria-live]")).toBeEmptyDOMElement();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("hands focus to the main content when dismissed, not to the page body", async () => {
    const { store, user } = setup();
    const main = document.createElement("main");
    main.tabIndex = -1;
    document.body.append(main);
    act(() => store.getState().setLinkProblems([{ part: "units", reason: "not metric" }]));
    await user.click(screen.getByRole("button", { name: "Dismiss the link notice" }));
    expect(document.activeElement).toBe(main);
    main.remove();
  });
});
