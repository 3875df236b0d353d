// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { hashWithout, searchWithout } from "@/lib/link-parts";
import { selectDataProvenance } from "@/state/provenance";
import { createAppStore } from "@/state/store";
import { DataSourceBanner } from "@/ui/robust/DataSourceBanner";
import { RegionBoundary } from "@/ui/robust/RegionBoundary";
import { StoreProvider } from "@/ui/store-context";

function Boom({ when }: { when: () => boolean }): null {
  if (when()) throw new Error("time span is longer than 270 years");
  return null;
}

describe("RegionBoundary", () => {
  it("names what failed, keeps the siblings, and offers a reload without the region's link keys", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    window.history.replaceState(null, "", "/?x=1#from=a&measure=1,2&strike=s1");
    const reload = vi.fn();
    let failing = true;
    render(
      <StoreProvider store={createAppStore()}>
        <RegionBoundary region="region.map" linkKeys={["measure"]} reload={reload}>
          <Boom when={() => failing} />
        </RegionBoundary>
        <p>sibling still here</p>
      </StoreProvider>,
    );
    expect(screen.getByRole("alert").textContent).toContain(
      "The map failed: time span is longer than 270 years. The rest of the page still works.",
    );
    expect(screen.getByText("sibling still here")).toBeTruthy();
    await userEvent.click(
      screen.getByRole("button", { name: /reload without the link’s measure/i }),
    );
    expect(reload).toHaveBeenCalledWith("/?x=1#from=a&strike=s1");
    failing = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("link parts", () => {
  it.each([
    ["#from=a&measure=1&to=b", ["measure"], "#from=a&to=b"],
    ["#measure=1", ["measure"], ""],
    ["#measure=1&measurex=2", ["measure"], "#measurex=2"],
    ["", ["measure"], ""],
  ])("hashWithout(%s, %j) = %s", (hash, keys, expected) => {
    expect(hashWithout(hash, keys)).toBe(expected);
  });
  it("searchWithout drops the override keys only", () => {
    expect(searchWithout("?strikes=./x.geojson&lang=en", ["strikes"])).toBe("?lang=en");
    expect(searchWithout("?strikes=./x.geojson", ["strikes"])).toBe("");
  });
});

describe("data provenance", () => {
  it("announces an override in a persistent banner and in the provenance text", () => {
    const store = createAppStore();
    store.getState().setLoadedData({
      missions: [],
      strikes: [],
      events: [],
      issues: [],
      datasetVersion: "2026-01-01",
      overrides: [{ kind: "strikes", name: "./x.geojson" }],
    });
    expect(selectDataProvenance(store.getState()).text).toBe(
      "Data from ./x.geojson (strikes), not the bundled data set",
    );
    render(
      <StoreProvider store={store}>
        <DataSourceBanner />
      </StoreProvider>,
    );
    expect(screen.getByRole("status").textContent).toContain(
      "Showing data from ./x.geojson, not the bundled data set",
    );
    expect(screen.getByRole("link", { name: "Use the bundled data" })).toBeTruthy();
  });
  it("says nothing for the bundled data", () => {
    const store = createAppStore();
    store.getState().setLoadedData({
      missions: [],
      strikes: [],
      events: [],
      issues: [],
      datasetVersion: "v1",
    });
    expect(selectDataProvenance(store.getState())).toMatchObject({
      bundled: true,
      text: "Bundled Nearmiss data set (version v1)",
    });
    const { container } = render(
      <StoreProvider store={store}>
        <DataSourceBanner />
      </StoreProvider>,
    );
    expect(container.textContent).toBe("");
  });
});
