// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";
import { ItemList } from "@/ui/ItemList";
import { StoreProvider } from "@/ui/store-context";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

function setup() {
  const store = createAppStore();
  const strikes = [
    strike({ id: "a", mapId: 1, time: "2024-01-02T07:00:00+02:00", name: { en: "Crater" } }),
    strike({ id: "b", mapId: 2, time: "2025-11-14T01:00:00+02:00", name: { en: "Compound hit" } }),
  ];
  store.getState().setLoadedData({
    missions: [embassy, consulate],
    strikes,
    events: [],
    issues: [],
    datasetVersion: undefined,
  });
  render(
    <StoreProvider store={store}>
      <ItemList />
    </StoreProvider>,
  );
  return store;
}

describe("item list", () => {
  it("lists missions and the window's strikes with accessible names", () => {
    setup();
    const missions = screen.getByRole("list", { name: "Missions and sites" });
    expect(
      within(missions)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Test Embassy", "Test Consulate"]);
    const strikes = screen.getByRole("list", { name: "Strikes in the window (2)" });
    expect(within(strikes).getByRole("button", { name: /Compound hit/ })).toHaveTextContent(
      "14 Nov 2025, 01:00",
    );
  });

  it("is keyboard operable: arrows move focus, Enter selects", async () => {
    const store = setup();
    const user = userEvent.setup();
    const strikes = screen.getByRole("list", { name: /Strikes in the window/ });
    within(strikes)
      .getByRole("button", { name: /Crater/ })
      .focus();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(store.getState().selection).toEqual({ kind: "strike", id: "b" });
    expect(store.getState().selectionOrigin).toBe("list");
    expect(within(strikes).getByRole("button", { name: /Compound hit/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("gives each list a single tab stop that follows the selection", () => {
    const store = setup();
    const strikes = screen.getByRole("list", { name: /Strikes in the window/ });
    const tabStops = () =>
      within(strikes)
        .getAllByRole("button")
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.textContent);
    expect(tabStops()).toEqual([expect.stringContaining("Crater")]);
    act(() => store.getState().select({ kind: "strike", id: "b" }, "map"));
    expect(tabStops()).toEqual([expect.stringContaining("Compound hit")]);
  });

  it("follows the time window", () => {
    const store = setup();
    store.getState().setTimeWindow({
      startMs: Date.parse("2025-11-13T18:00:00+02:00"),
      endMs: Date.parse("2025-11-14T06:00:00+02:00"),
    });
    return screen.findByRole("list", { name: "Strikes in the window (1)" }).then((list) => {
      expect(within(list).getAllByRole("button")).toHaveLength(1);
    });
  });
});

describe("item list with a national-scale window", () => {
  it("lists the first 300 strikes plus the selected one and says how many there are", () => {
    const store = createAppStore();
    const many = Array.from({ length: 1000 }, (_, i) =>
      strike({
        id: `s${i}`,
        mapId: i + 1,
        time: new Date(Date.parse("2024-01-01T00:00:00Z") + i * 3_600_000).toISOString(),
        name: { en: `Strike number ${i}` },
      }),
    );
    store.getState().setLoadedData({
      missions: [embassy],
      strikes: many,
      events: [],
      issues: [],
      datasetVersion: undefined,
    });
    store.getState().select({ kind: "strike", id: "s900" }, "map");
    render(
      <StoreProvider store={store}>
        <ItemList />
      </StoreProvider>,
    );
    const list = screen.getByRole("list", { name: "Strikes in the window (1000)" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons).toHaveLength(301);
    expect(buttons.at(-1)).toHaveTextContent("Strike number 900");
    expect(buttons.at(-1)).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText(/Listing the first 300 of 1000 strikes/)).toBeInTheDocument();
  });
});
