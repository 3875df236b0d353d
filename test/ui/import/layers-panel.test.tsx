// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Strike } from "@/domain/types";
import { parseTypedCoordinates } from "@/import/values";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { createAppStore } from "@/state/store";
import { DetailsPanel } from "@/ui/DetailsPanel";
import { LayersPanel } from "@/ui/import/LayersPanel";
import { StoreProvider } from "@/ui/store-context";
import { embassy, strike } from "../../helpers/domain-fixtures";
import { stubPhone } from "../../helpers/media";

const noClusters = async () => [];
const imported: Strike = {
  ...strike({ id: "imp1:7", mapId: 0, time: "2025-11-10T12:00:00+02:00" }),
  name: { en: "<b>Imported</b> blast" },
  weaponClass: "unknown",
  weaponText: "unknown",
  uncertaintyM: 500,
  confidence: "low",
  sources: [],
  layerId: "imp1",
  defaulted: ["uncertainty", "time-zone", "weapon", "confidence", "source"],
};
const layer: ImportedLayer = {
  id: "imp1",
  fileName: "monitor.csv",
  target: "strikes",
  importedAtMs: Date.parse("2026-12-04T10:00:00Z"),
  rowCount: 3,
  strikes: [imported],
  missions: [],
  problems: [],
  visible: true,
  zone: "Europe/Kyiv",
};

function setup(ui: React.ReactNode) {
  const store = createAppStore({ clusterRunner: noClusters });
  store.getState().setLoadedData({
    missions: [embassy],
    strikes: [strike({ id: "b1", time: "2025-11-14T01:00:00+02:00" })],
    events: [],
    issues: [],
    datasetVersion: "t",
  });
  store.getState().addLayer(layer);
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

describe("Data layers panel", () => {
  it("lists a layer with file name and counts, hides, shows and removes it", async () => {
    const user = userEvent.setup();
    const store = setup(<LayersPanel />);
    const panel = screen.getByRole("region", { name: "Data layers" });
    expect(within(panel).getByText(/1 strike of 3 rows, imported/)).toBeTruthy();
    const toggle = within(panel).getByRole("checkbox", { name: "monitor.csv" });
    await user.click(toggle);
    expect(store.getState().strikes.map((s) => s.id)).toEqual(["b1"]);
    await user.click(toggle);
    expect(store.getState().strikes).toHaveLength(2);
    await user.click(within(panel).getByRole("button", { name: "Remove layer monitor.csv" }));
    expect(store.getState().layers).toEqual([]);
    expect(within(panel).queryByRole("checkbox")).toBeNull();
    // Nothing is lost to a slip: the removal says what went and can be undone.
    expect(within(panel).getByRole("status")).toHaveTextContent("Removed: monitor.csv.");
    await user.click(within(panel).getByRole("button", { name: "Undo" }));
    expect(within(panel).getByRole("checkbox", { name: "monitor.csv" })).toBeTruthy();
    expect(store.getState().strikes).toHaveLength(2);
    expect(within(panel).queryByRole("button", { name: "Undo" })).toBeNull();
  });

  it("places a site: the tool waits for a map click, then the site is named and added", async () => {
    const user = userEvent.setup();
    const store = setup(<LayersPanel />);
    await user.click(screen.getByRole("button", { name: "Add a site here" }));
    expect(store.getState().tool).toBe("add-site");
    // The map side (src/map/add-site.ts) hands the clicked point to the store.
    store.getState().setPendingSite([30.5, 50.45]);
    store.getState().setTool("pan");
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "City hospital");
    await user.click(screen.getByRole("button", { name: "Add site" }));
    const site = store.getState().missions.find((m) => m.name.en === "City hospital");
    expect(site?.lngLat).toEqual([30.5, 50.45]);
    expect(site?.defaulted).toContain("uncertainty");
    expect(store.getState().pendingSiteLngLat).toBeUndefined();
  });

  it("on a phone, shows the map to place the site on, then this panel to name it", async () => {
    stubPhone();
    try {
      const user = userEvent.setup();
      const store = setup(<LayersPanel />);
      await user.click(screen.getByRole("button", { name: "Add a site here" }));
      expect(store.getState().panelTab).toBe("map");
      act(() => store.getState().setPendingSite([30.5, 50.45]));
      expect(store.getState().panelTab).toBe("list");
      expect(await screen.findByRole("textbox", { name: "Name" })).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("details of an imported record", () => {
  it("says which values were defaulted, and renders untrusted text as text", () => {
    const store = setup(<DetailsPanel />);
    store.getState().select({ kind: "strike", id: "imp1:7" }, "list");
    return screen.findByRole("heading", { name: "<b>Imported</b> blast" }).then(() => {
      expect(screen.getByText(/uncertainty not given \(default 500 m\)/)).toBeTruthy();
      expect(screen.getByText(/time zone assumed: Kyiv/)).toBeTruthy();
      expect(screen.getByText("weapon: unknown (not given)")).toBeTruthy();
      expect(screen.getByText(/\(not given; default\)/)).toBeTruthy();
      expect(screen.getByText("No source given (imported).")).toBeTruthy();
      expect(screen.getByText("monitor.csv (local to this browser)")).toBeTruthy();
      expect(document.querySelector("b")).toBeNull();
    });
  });
});

describe("adding a site by typed coordinates (no mouse needed)", () => {
  it("checks each field, says why one is wrong, then adds the site", async () => {
    const user = userEvent.setup();
    const store = setup(<LayersPanel />);
    const before = store.getState().layers;
    await user.click(screen.getByRole("button", { name: "Add a site by coordinates" }));
    const form = await screen.findByRole("form", { name: "New site by coordinates" });
    const lat = within(form).getByRole("textbox", { name: "Latitude" });
    const lon = within(form).getByRole("textbox", { name: "Longitude" });
    await user.type(lat, "95");
    await user.type(lon, "abc");
    await user.click(within(form).getByRole("button", { name: "Add site" }));
    expect(lat.getAttribute("aria-invalid")).toBe("true");
    expect(within(form).getByText("The latitude must be between −90 and 90.")).toBeTruthy();
    expect(within(form).getByText(/“abc” is not a number of degrees/)).toBeTruthy();
    expect(within(form).getByText("Enter a name for the site.")).toBeTruthy();
    expect(store.getState().layers).toBe(before);
    await user.clear(lat);
    await user.type(lat, "50,4501");
    await user.clear(lon);
    await user.type(lon, "30.5234");
    await user.type(
      within(form).getByRole("textbox", { name: "Site name" }),
      "Field hospital{Enter}",
    );
    const site = store.getState().missions.find((m) => m.name.en === "Field hospital");
    expect(site?.lngLat).toEqual([30.5234, 50.4501]);
    expect(site?.defaulted).toContain("uncertainty");
    expect(screen.queryByRole("form", { name: "New site by coordinates" })).toBeNull();
  });
});

describe("parseTypedCoordinates", () => {
  it.each([
    ["50.45", "30.52", { lngLat: [30.52, 50.45] }],
    ["-33,9", "151,2", { lngLat: [151.2, -33.9] }],
    ["", "30", { latError: "Enter the latitude in degrees.", lonError: undefined }],
    ["50", "181", { latError: undefined, lonError: "The longitude must be between −180 and 180." }],
    ["0", "0", { latError: "0, 0 is not a place; enter the site's point." }],
  ])("%s, %s", (lat, lon, want) => {
    expect(parseTypedCoordinates(lat, lon)).toEqual(want);
  });
});
