// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ClusterRunner } from "@/state/slices/proximity-slice";
import { createAppStore } from "@/state/store";
import { MeasureTo } from "@/ui/measure/MeasureTo";
import { MeasureToolbar } from "@/ui/measure/MeasureToolbar";
import { shortWeapon } from "@/ui/measure/measure-text";
import { StoreProvider } from "@/ui/store-context";
import { consulate, embassy, strike } from "../../helpers/domain-fixtures";

const iskander = strike({
  id: "s1",
  time: "2025-11-14T01:00:00+02:00",
  weaponText: "Iskander-type missile (Azerbaijan's foreign ministry)",
  missionIds: [embassy.id],
  reportedDistances: [{ missionId: embassy.id, wording: "on the embassy territory" }],
});
const noClusters: ClusterRunner = async () => [];

function setup(ui: React.ReactNode) {
  const store = createAppStore({ clusterRunner: noClusters });
  store.getState().setLoadedData({
    missions: [embassy, consulate],
    strikes: [iskander],
    events: [],
    issues: [],
    datasetVersion: undefined,
  });
  const user = userEvent.setup();
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, user };
}

describe("measure toolbar and readout", () => {
  it("M toggles the tool, Backspace removes the last point, Escape finishes", async () => {
    const { store, user } = setup(<MeasureToolbar />);
    const button = screen.getByRole("button", { name: "Measure" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    await user.keyboard("m");
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("status", { name: "Measurement" })).toHaveTextContent(
      /Click or tap the map/,
    );
    store.getState().addMeasurePoint({ lngLat: [30.5, 50.45] });
    store.getState().addMeasurePoint({ lngLat: [30.5, 50.46] });
    await user.keyboard("{Backspace}");
    expect(store.getState().measurePoints).toHaveLength(1);
    await user.keyboard("{Escape}");
    expect(store.getState().tool).toBe("pan");
    await user.keyboard("{Backspace}");
    expect(store.getState().measurePoints).toHaveLength(1);
  });

  it("leaves keys typed into a form field alone", async () => {
    const { store, user } = setup(
      <>
        <MeasureToolbar />
        <input aria-label="Search" />
      </>,
    );
    await user.click(screen.getByRole("textbox", { name: "Search" }));
    await user.keyboard("m");
    expect(store.getState().tool).toBe("pan");
  });

  it("shows each segment with names, the interval, the sources' wording and the total", async () => {
    const { store, user } = setup(<MeasureToolbar />);
    store
      .getState()
      .setMeasurePoints([
        { lngLat: iskander.lngLat, ref: { kind: "strike", id: "s1" } },
        { lngLat: embassy.lngLat, ref: { kind: "mission", id: embassy.id } },
        { lngLat: [30.5, 50.46] },
      ]);
    const status = await screen.findByRole("status", { name: "Measurement" });
    const items = within(status).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent(
      "Iskander-type missile, 14 Nov 2025 → Test Embassy: 42 m (0–292 m) · sources: on the embassy territory",
    );
    expect(items[1]).toHaveTextContent(
      /^Test Embassy → 50\.46000° N, 30\.50000° E: \d+ m \(\d+–\d+ m\)$/,
    );
    expect(status).toHaveTextContent(/Total: 719 m \(577 m – 1\.07 km\)/);
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(store.getState().measurePoints).toEqual([]);
  });

  it("switches the readout to miles and feet", async () => {
    const { store } = setup(<MeasureToolbar />);
    store.getState().setDistanceUnit("imperial");
    store.getState().setMeasurePoints([{ lngLat: [30.5, 50.45] }, { lngLat: [30.5, 50.55] }]);
    const status = await screen.findByRole("status", { name: "Measurement" });
    expect(within(status).getByRole("listitem")).toHaveTextContent(/: 6\.9\d mi$/);
  });
});

describe("Measure to…", () => {
  it("measures from the strike to a chosen mission without a pointer", async () => {
    const { store, user } = setup(<MeasureTo strike={iskander} />);
    const select = screen.getByRole("combobox", { name: "Measure to…" });
    expect(select).toHaveValue(embassy.id);
    await user.selectOptions(select, consulate.id);
    await user.click(screen.getByRole("button", { name: "Measure" }));
    expect(store.getState().measurePoints.map((p) => p.ref)).toEqual([
      { kind: "strike", id: "s1" },
      { kind: "mission", id: consulate.id },
    ]);
    expect(screen.getByRole("status")).toHaveTextContent(
      /^Iskander-type missile, 14 Nov 2025 → Test Consulate: 413 km/,
    );
  });
});

describe("shortWeapon", () => {
  it("keeps the source's head phrase, or falls back to the class label", () => {
    expect(shortWeapon(iskander)).toBe("Iskander-type missile");
    expect(
      shortWeapon({ ...iskander, weaponText: "not given (tag 'Unknown')", weaponClass: "drone" }),
    ).toBe("Drone");
    expect(shortWeapon({ ...iskander, weaponText: "missile, type not stated" })).toBe("Missile");
  });
});
