// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { FilterPanel } from "@/ui/FilterPanel";
import { StoreProvider } from "@/ui/store-context";
import { embassy, strike } from "../helpers/domain-fixtures";
import { loadedStore } from "./timeline/fixtures";

function setup() {
  const store = loadedStore();
  render(
    <StoreProvider store={store}>
      <FilterPanel />
    </StoreProvider>,
  );
  const radius = screen.getByRole("spinbutton", { name: "Within metres" });
  const site = screen.getByRole("combobox", { name: "Site" });
  return { store, radius, site, near: () => store.getState().filters.near };
}

describe("FilterPanel, near a site", () => {
  it("keeps a radius typed before a site is chosen, and filters with it once one is", () => {
    const { radius, site, near } = setup();
    fireEvent.change(radius, { target: { value: "300" } });
    expect(radius).toHaveProperty("value", "300");
    expect(near()).toBeUndefined();
    fireEvent.change(site, { target: { value: embassy.id } });
    expect(near()).toEqual({ missionId: embassy.id, withinM: 300 });
  });

  it("keeps the site while the radius box is cleared to type another", () => {
    const { radius, site, near } = setup();
    fireEvent.change(site, { target: { value: embassy.id } });
    expect(near()).toEqual({ missionId: embassy.id, withinM: 1000 });
    fireEvent.change(radius, { target: { value: "" } });
    expect(near(), "an empty box is no radius yet").toEqual({
      missionId: embassy.id,
      withinM: 1000,
    });
    expect(radius).toHaveProperty("value", "");
    fireEvent.change(radius, { target: { value: "250" } });
    expect(near()).toEqual({ missionId: embassy.id, withinM: 250 });
  });

  it("shows a radius set elsewhere (a link)", () => {
    const { store, radius } = setup();
    act(() => store.getState().setNearFilter({ missionId: embassy.id, withinM: 500 }));
    expect(radius).toHaveProperty("value", "500");
  });
});

describe("FilterPanel, data layers", () => {
  it("names an imported layer by its file, not its internal id", () => {
    const store = loadedStore();
    const layer: ImportedLayer = {
      id: "imp7k2",
      fileName: "monitoring-export.csv",
      target: "strikes",
      importedAtMs: 0,
      rowCount: 1,
      strikes: [
        strike({ id: "imp7k2:1", mapId: 0, layerId: "imp7k2", time: "2025-11-13T22:00:00Z" }),
      ],
      missions: [],
      problems: [],
      visible: true,
    };
    store.getState().addLayer(layer);
    render(
      <StoreProvider store={store}>
        <FilterPanel />
      </StoreProvider>,
    );
    expect(screen.getByRole("checkbox", { name: "monitoring-export.csv" })).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: "imp7k2" })).toBeNull();
  });
});
