// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { geodesicInverse } from "@/analysis/geodesic";
import { formatDistance } from "@/lib/format";
import { createAppStore } from "@/state/store";
import { Announcer } from "@/ui/a11y/Announcer";
import { MapNavigator } from "@/ui/a11y/MapNavigator";
import { StoreProvider } from "@/ui/store-context";
import { consulate, embassy, strike } from "../../helpers/domain-fixtures";

const near = strike({
  id: "near",
  mapId: 1,
  time: "2025-11-14T01:00:00+02:00",
  name: { en: "Compound hit" },
  lngLat: [30.4906, 50.4612],
});
const north = strike({
  id: "north",
  mapId: 2,
  time: "2025-11-15T02:00:00+02:00",
  name: { en: "North crater" },
  lngLat: [30.49, 50.55],
});

function setup() {
  const store = createAppStore();
  store.getState().setLoadedData({
    missions: [embassy, consulate],
    strikes: [near, north],
    events: [],
    issues: [],
    datasetVersion: undefined,
  });
  // The map reports a view around Kyiv: the consulate in Kharkiv is outside it.
  store.getState().setMapBounds([30, 50, 31, 51]);
  render(
    <StoreProvider store={store}>
      <MapNavigator />
      <Announcer />
    </StoreProvider>,
  );
  return store;
}

describe("map navigator", () => {
  it("lists the features in view and announces name, date and exact distance to the nearest site", async () => {
    const store = setup();
    const box = screen.getByRole("listbox", { name: "Map features in view" });
    // Unfocused, the options are not rendered (a scrub would lay them out on every step).
    expect(screen.queryAllByRole("option")).toEqual([]);
    expect(box).toHaveAccessibleDescription(/3 features in view/);
    await userEvent.tab();
    expect(box).toHaveFocus();
    expect(screen.getAllByRole("option").map((o) => o.textContent?.split(":")[0])).toEqual([
      "Site",
      "Strike",
      "Strike",
    ]);
    expect(store.getState().navActive).toEqual({ kind: "mission", id: "embassy-test" });
    // Nothing lies south of the embassy in view; the strike 45 m north of it is next going up.
    await userEvent.keyboard("{ArrowDown}");
    expect(store.getState().navActive?.id).toBe("embassy-test");
    await userEvent.keyboard("{ArrowUp}");
    expect(store.getState().navActive).toEqual({ kind: "strike", id: "near" });
    const active = box.getAttribute("aria-activedescendant");
    expect(active && document.getElementById(active)).toHaveAttribute("aria-selected", "true");
    const metres = formatDistance(geodesicInverse(near.lngLat, embassy.lngLat).distanceM);
    expect(screen.getByRole("status")).toHaveTextContent(
      `Strike: Compound hit, 14 Nov 2025, 01:00, ${metres} from Test Embassy`,
    );
    await userEvent.keyboard("{ArrowUp}");
    expect(store.getState().navActive?.id).toBe("north");
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selection).toEqual({ kind: "strike", id: "north" });
    expect(screen.getByRole("status")).toHaveTextContent(/^Selected: Strike: North crater/);
  });

  it("follows the time window: a strike that leaves it leaves the list", async () => {
    const store = setup();
    await userEvent.tab();
    act(() =>
      store.getState().setTimeWindow({
        startMs: Date.parse("2025-11-13T00:00:00Z"),
        endMs: Date.parse("2025-11-14T12:00:00Z"),
      }),
    );
    expect(screen.getAllByRole("option").map((o) => o.id)).toEqual([
      "nav-mission-embassy-test",
      "nav-strike-near",
    ]);
    // Leaving the navigator takes its options away again.
    await userEvent.tab();
    expect(screen.queryAllByRole("option")).toEqual([]);
  });
});
