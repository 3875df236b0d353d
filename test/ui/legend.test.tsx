// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Legend } from "@/ui/Legend";
import { StoreProvider } from "@/ui/store-context";
import { strike } from "../helpers/domain-fixtures";
import { storeWith } from "../helpers/map-store";

function setup() {
  const store = storeWith([
    strike({ id: "a", mapId: 1, time: "2024-01-02T07:00:00+02:00", weaponClass: "drone" }),
    strike({ id: "b", mapId: 2, time: "2025-11-14T01:00:00+02:00", weaponClass: "drone" }),
  ]);
  render(
    <StoreProvider store={store}>
      <Legend />
    </StoreProvider>,
  );
  return store;
}

describe("legend and filters during a time-slider step", () => {
  it("updates the window's counts and leaves the filter inputs untouched", () => {
    const store = setup();
    const drones = () => screen.getByRole("button", { name: /Drone/ });
    expect(drones().textContent).toContain("2");
    const panel = document.querySelector(".filter-panel");
    if (!panel) throw new Error("no filter panel");
    const changed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) changed.push(`${r.type}:${r.attributeName ?? ""}`);
    });
    observer.observe(panel, { subtree: true, attributes: true, childList: true });
    act(() =>
      store.getState().setTimeWindow({
        startMs: Date.parse("2025-11-01T00:00:00Z"),
        endMs: Date.parse("2025-12-01T00:00:00Z"),
      }),
    );
    expect(drones().textContent).toContain("1");
    expect(drones().textContent).not.toContain("2");
    observer.takeRecords().forEach((r) => {
      changed.push(`${r.type}:${r.attributeName ?? ""}`);
    });
    observer.disconnect();
    expect(changed).toEqual([]);
  });
});
