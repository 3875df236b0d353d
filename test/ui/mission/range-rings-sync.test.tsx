// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";
import { RangeRings } from "@/ui/mission/RangeRings";
import { StoreProvider } from "@/ui/store-context";
import { embassy } from "../../helpers/domain-fixtures";

describe("RangeRings", () => {
  it("shows radii set from elsewhere (a shared link) in its field", () => {
    const store = createAppStore({ clusterRunner: async () => [] });
    store.getState().setLoadedData({
      missions: [embassy],
      strikes: [],
      events: [],
      issues: [],
      datasetVersion: undefined,
    });
    store.getState().select({ kind: "mission", id: embassy.id }, "list");
    render(
      <StoreProvider store={store}>
        <RangeRings />
      </StoreProvider>,
    );
    const input = within(screen.getByRole("region", { name: "Range rings" })).getByRole("textbox");
    expect(input).toHaveValue("100, 500, 1000, 5000, 25000");
    act(() => store.getState().setRingRadii([300, 50]));
    expect(input).toHaveValue("50, 300");
  });
});
