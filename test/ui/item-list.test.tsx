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
  function setupMany(count: number) {
    const store = createAppStore();
    const many = Array.from({ length: count }, (_, i) =>
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
    return store;
  }
  const renderList = (store: ReturnType<typeof createAppStore>) =>
    render(
      <StoreProvider store={store}>
        <ItemList />
      </StoreProvider>,
    );

  it("renders only a window of rows but tells assistive tech the full size and position", () => {
    renderList(setupMany(1000));
    const list = screen.getByRole("list", { name: "Strikes in the window (1,000)" });
    const items = within(list).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(10);
    expect(items.length).toBeLessThan(100);
    expect(items[0]).toHaveAttribute("aria-setsize", "1000");
    expect(items[0]).toHaveAttribute("aria-posinset", "1");
    expect(items[0]).toHaveTextContent("Strike number 0");
    // The list is as tall as all its rows, so the scrollbar spans the whole list; each rendered
    // row sits at its own index.
    expect(list.style.height).toBe(`${1000 * 48}px`);
    expect(items[3]?.style.top).toBe(`${3 * 48}px`);
  });

  it("lists short windows whole and windows the longer ones", () => {
    const { unmount } = renderList(setupMany(150));
    const all = screen.getByRole("list", { name: "Strikes in the window (150)" });
    expect(within(all).getAllByRole("listitem")).toHaveLength(150);
    unmount();
    renderList(setupMany(151));
    const windowed = screen.getByRole("list", { name: "Strikes in the window (151)" });
    expect(within(windowed).getAllByRole("listitem").length).toBeLessThan(100);
  });

  it("renders and marks a strike selected on the map, however far down the list it is", () => {
    const store = setupMany(1000);
    store.getState().select({ kind: "strike", id: "s900" }, "map");
    renderList(store);
    const list = screen.getByRole("list", { name: /Strikes in the window/ });
    const row = within(list).getByRole("button", { name: /Strike number 900\b/ });
    expect(row).toHaveAttribute("aria-pressed", "true");
    expect(row.tabIndex).toBe(0);
    expect(row.closest("li")).toHaveAttribute("aria-posinset", "901");
    expect(within(list).queryByRole("button", { name: /Strike number 0\b/ })).toBeNull();
  });

  it("reaches every row by keyboard: End, Home and Page Down render and focus the target", async () => {
    const store = setupMany(1000);
    renderList(store);
    const user = userEvent.setup();
    const list = screen.getByRole("list", { name: /Strikes in the window/ });
    within(list)
      .getByRole("button", { name: /Strike number 0\b/ })
      .focus();
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveTextContent("Strike number 999");
    await user.keyboard("{Enter}");
    expect(store.getState().selection).toEqual({ kind: "strike", id: "s999" });
    await user.keyboard("{Home}");
    expect(document.activeElement).toHaveTextContent("Strike number 0");
    await user.keyboard("{PageDown}");
    const posinset = Number(document.activeElement?.closest("li")?.getAttribute("aria-posinset"));
    expect(posinset).toBeGreaterThan(2);
    expect(document.activeElement?.closest("ul")).toBe(list);
  });

  it("keeps the focused row rendered and focused when the list scrolls elsewhere", async () => {
    const store = setupMany(1000);
    renderList(store);
    const user = userEvent.setup();
    const list = screen.getByRole("list", { name: /Strikes in the window/ });
    within(list)
      .getByRole("button", { name: /Strike number 0 / })
      .focus();
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveTextContent("Strike number 999");
    // A selection on the map scrolls the list to the top; the focused row must not vanish.
    act(() => store.getState().select({ kind: "strike", id: "s5" }, "map"));
    expect(within(list).getByRole("button", { name: /Strike number 5 / })).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent("Strike number 999");
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
  });

  it("pages by a screenful, not by the rendered rows, in a list drawn whole", async () => {
    renderList(setupMany(100));
    const user = userEvent.setup();
    const list = screen.getByRole("list", { name: /Strikes in the window/ });
    within(list)
      .getByRole("button", { name: /Strike number 0 / })
      .focus();
    await user.keyboard("{PageDown}");
    // No viewport height in jsdom: a page is 10 rows.
    expect(document.activeElement).toHaveTextContent("Strike number 10 ");
  });
});
