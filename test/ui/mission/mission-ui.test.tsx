// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ClusterRunner } from "@/state/slices/proximity-slice";
import { createAppStore } from "@/state/store";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { ClusterPanel } from "@/ui/mission/ClusterPanel";
import { MissionProximity } from "@/ui/mission/MissionProximity";
import { parseRadii } from "@/ui/mission/RangeRings";
import { StoreProvider } from "@/ui/store-context";
import { embassy, strike } from "../../helpers/domain-fixtures";

const near = strike({
  id: "near",
  time: "2025-11-14T01:00:00+02:00",
  name: { en: "Near hit" },
  lngLat: [30.4906, 50.4612],
});
const mid = strike({
  id: "mid",
  time: "2025-11-14T03:00:00+02:00",
  name: { en: "Mid hit" },
  lngLat: [30.5, 50.465],
});
const far = strike({
  id: "far",
  time: "2024-01-02T08:00:00+02:00",
  name: { en: "Far hit" },
  lngLat: [30.59, 50.46],
});
const runner: ClusterRunner = async ({ strikes }) =>
  strikes.length < 2
    ? []
    : [
        {
          id: 0,
          count: 2,
          strikeIds: [near.id, mid.id],
          startMs: near.tMs,
          endMs: mid.tMs,
          centroid: [30.495, 50.463],
          badgeAt: [30.495, 50.463],
          nearestMissionId: embassy.id,
          nearestMissionDistanceM: 300,
        },
      ];

/** A fresh store holding the embassy and the three strikes, clustered by `clusterRunner`. */
function loadedStore(clusterRunner: ClusterRunner) {
  const store = createAppStore({ clusterRunner });
  store.getState().setLoadedData({
    missions: [embassy],
    strikes: [far, near, mid],
    events: [],
    issues: [],
    datasetVersion: undefined,
  });
  return store;
}

function setup(ui: React.ReactNode) {
  const store = loadedStore(runner);
  store.getState().select({ kind: "mission", id: embassy.id }, "list");
  const user = userEvent.setup();
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, user };
}

describe("mission near misses", () => {
  it("lists the window's strikes by distance, and a row selects its strike", async () => {
    const { store, user } = setup(<MissionProximity />);
    const table = screen.getByRole("table", { name: "Strikes in the window by distance" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("button").textContent)).toEqual([
      "Near hit",
      "Mid hit",
      "Far hit",
    ]);
    expect(rows[0]).toHaveTextContent("42 m");
    expect(rows[0]).toHaveTextContent("0–292 m");
    await user.click(within(rows[1] as HTMLElement).getByRole("button", { name: "Mid hit" }));
    expect(store.getState().selection).toEqual({ kind: "strike", id: "mid" });
  });

  it("counts strikes inside each range ring and lets the radii be edited", async () => {
    const { store, user } = setup(<MissionProximity />);
    const section = screen.getByRole("region", { name: "Range rings" });
    const cells = () =>
      within(section)
        .getAllByRole("row")
        .slice(1)
        .map((r) => [...r.children].map((c) => c.textContent).join("|"));
    expect(cells()).toEqual([
      "100 m|1|1",
      "500 m|1|1",
      "1.00 km|2|2",
      "5.00 km|2|2",
      "25.0 km|3|3",
    ]);
    const input = within(section).getByRole("textbox");
    await user.clear(input);
    await user.type(input, "50, 600 m, 2 km");
    await user.click(within(section).getByRole("button", { name: "Apply" }));
    expect(store.getState().ringRadiiM).toEqual([50, 600, 2000]);
    // The mid strike (~815 m) is outside 600 m but may be inside it given ±250 m.
    expect(cells()).toEqual(["50 m|1|1", "600 m|1|2", "2.00 km|2|2"]);
    await user.clear(input);
    await user.type(input, "ten metres");
    await user.click(within(section).getByRole("button", { name: "Apply" }));
    expect(screen.getByRole("alert")).toHaveTextContent(/Type radii/);
    expect(store.getState().ringRadiiM).toEqual([50, 600, 2000]);
  });

  it("draws every strike of the history, daytime too, with the same rows as a table", async () => {
    const { store, user } = setup(<MissionProximity />);
    const chart = screen.getByRole("img", { name: /3 strikes in the data, every one drawn/ });
    expect(chart.getAttribute("aria-label")).toMatch(/Closest: Near hit, 42 m/);
    // One mark per strike, the 08:00 one included (the per-night chart used to drop it).
    expect(
      [...chart.querySelectorAll("[data-strike-id]")].map((g) => g.getAttribute("data-strike-id")),
    ).toEqual(["far", "near", "mid"]);
    await user.click(screen.getByText("Show the data as a table"));
    const table = screen.getByRole("table", {
      name: "Every strike by time, with its distance to the site",
    });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.querySelector("th")?.textContent)).toEqual([
      "2 Jan 2024, 08:00",
      "14 Nov 2025, 01:00",
      "14 Nov 2025, 03:00",
    ]);
    expect(rows[1]).toHaveTextContent("42 m");
    await user.click(within(rows[1] as HTMLElement).getByRole("button", { name: "Near hit" }));
    expect(store.getState().selection).toEqual({ kind: "strike", id: "near" });
  });
});

describe("cluster panel", () => {
  it("computes the window's clusters, and choosing one lists its strikes", async () => {
    const { store, user } = setup(<ClusterPanel />);
    // Nothing is clustered until the map has first been ready (the worker stays out of the start).
    await screen.findByRole("button", { name: "Clusters (0)" });
    expect(store.getState().clusterStatus).toBe("idle");
    act(() => store.getState().setMapStatus("ready"));
    const toggle = await screen.findByRole("button", { name: "Clusters (1)" });
    await user.click(toggle);
    const panel = await screen.findByRole("region", { name: "Clusters of strikes" });
    const choice = within(panel).getByRole("button", { name: /2 strikes · 14 Nov 2025/ });
    expect(choice).toHaveTextContent("300 m from Test Embassy");
    await user.click(choice);
    const list = within(panel).getByRole("region", { name: "Strikes in cluster 0" });
    await user.click(within(list).getByRole("button", { name: "Mid hit" }));
    expect(store.getState().selection).toEqual({ kind: "strike", id: "mid" });
    const eps = within(panel).getByRole("spinbutton", { name: /Distance/ });
    await user.clear(eps);
    await user.type(eps, "250");
    expect(store.getState().clusterEpsM).toBe(250);
  });
});

describe("cluster panel while the window moves", () => {
  it("asks for clusters once the window rests, not on every step of a drag", async () => {
    vi.useFakeTimers();
    try {
      const windows: number[] = [];
      const store = loadedStore(async ({ window }) => {
        windows.push(window.startMs);
        return [];
      });
      store.getState().setMapStatus("ready");
      render(
        <StoreProvider store={store}>
          <ClusterPanel />
        </StoreProvider>,
      );
      await act(async () => vi.advanceTimersByTimeAsync(WINDOW_REST_MS + 10));
      expect(windows).toHaveLength(1);
      // A drag: a step every 100 ms, each moving the window past a strike (a new cluster key).
      const steps = [near.tMs - 1, mid.tMs - 1, far.tMs - 1, near.tMs + 1];
      for (const startMs of steps) {
        act(() => store.getState().setTimeWindow({ startMs, endMs: startMs + 86_400_000 }));
        await act(async () => vi.advanceTimersByTimeAsync(100));
      }
      expect(windows).toHaveLength(1);
      await act(async () => vi.advanceTimersByTimeAsync(WINDOW_REST_MS));
      expect(windows).toEqual([expect.any(Number), near.tMs + 1]);
      // A change of the settings (or the data) is followed at once, not after a rest.
      act(() => store.getState().setClusterSettings({ epsM: 250 }));
      await act(async () => vi.advanceTimersByTimeAsync(1));
      expect(windows).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("parseRadii", () => {
  it("reads metres and kilometres, marking the unreadable", () => {
    expect(parseRadii("100, 500,1 km; 2.5km")).toEqual([100, 500, 1000, 2500]);
    expect(parseRadii("abc, 5")[0]).toBeNaN();
  });
});
