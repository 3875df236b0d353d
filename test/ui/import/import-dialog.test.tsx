// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { recallMapping, rememberMapping } from "@/data/mapping-memory";
import type { ImportOutcome, ImportSettings } from "@/import/types";
import { addDataWarmer } from "@/state/data-warmers";
import { createAppStore } from "@/state/store";
import ImportDialog, { type StartImport } from "@/ui/import/ImportDialog";
import { StoreProvider } from "@/ui/store-context";
import { embassy, strike } from "../../helpers/domain-fixtures";

const noClusters = async () => [];
const request = {
  headers: ["id", "date", "lat", "lon"],
  previewRows: [["1", "03/04/2025", "50.46", "30.49"]],
  guess: { lat: "lat", lon: "lon", date: "date" },
  reasons: ["Dates like 03/04/2025 read both as day/month and month/day."],
  signature: "id|date|lat|lon",
};

/**
 * A stand-in for the worker client: asks for a mapping until one with a date order is given, then
 * yields 3 strikes and 1 skipped row. Records every call's settings.
 */
function fakeStart(calls: ImportSettings[], opts: { hang?: boolean } = {}): StartImport {
  return (input, settings, onProgress) => {
    calls.push(settings);
    onProgress(0.5);
    let cancel = () => {};
    const done = new Promise<ImportOutcome>((resolve, reject) => {
      cancel = () => reject(new Error("cancelled"));
      if (opts.hang) return;
      const base = { fileName: input.name, format: "csv" as const, totalRows: 4, missions: [] };
      if (!settings.mapping?.dateOrder)
        resolve({ ...base, strikes: [], problems: [], needsMapping: request });
      else
        resolve({
          ...base,
          strikes: [1, 2, 3].map((i) =>
            strike({
              id: `${settings.layerId}:${i}`,
              mapId: 0,
              time: `2025-04-0${i}T10:00:00+03:00`,
            }),
          ),
          problems: [{ severity: "error", row: 5, reason: "latitude “x” is not a number" }],
        });
    });
    return { done, cancel: () => cancel() };
  };
}

function setup(start: StartImport, prepare: () => void = () => {}) {
  const store = createAppStore({ clusterRunner: noClusters });
  store.getState().setLoadedData({
    missions: [embassy],
    strikes: [strike({ id: "b1", time: "2025-11-14T01:00:00+02:00" })],
    events: [],
    issues: [],
    datasetVersion: "t",
  });
  store.getState().requestImport();
  const req = store.getState().importRequest;
  if (!req) throw new Error("no request");
  render(
    <StoreProvider store={store}>
      <ImportDialog
        request={req}
        start={start}
        prepare={prepare}
        memory={{ recall: recallMapping, remember: rememberMapping }}
      />
    </StoreProvider>,
  );
  return store;
}

/** A mapping remembered for the fake file's header signature (as an earlier import left it). */
const rememberDateOrder = (dateOrder: "dmy" | "mdy") =>
  localStorage.setItem(`nearmiss.mapping.${request.signature}`, JSON.stringify({ dateOrder }));

const file = () => new File(["id,date,lat,lon\n"], "monitor.csv", { type: "text/csv" });

beforeEach(() => localStorage.clear());

describe("import dialog", { timeout: 30_000 }, () => {
  it("readies the import worker once when it opens, before any file is chosen", () => {
    let prepared = 0;
    setup(fakeStart([]), () => prepared++);
    expect(screen.getByRole("dialog", { name: "Import data" })).toBeTruthy();
    expect(prepared).toBe(1);
  });

  it("asks for the mapping with a preview, imports, summarises, and remembers the choice", async () => {
    const user = userEvent.setup();
    const calls: ImportSettings[] = [];
    const store = setup(fakeStart(calls));
    const dialog = screen.getByRole("dialog", { name: "Import data" });
    await user.upload(within(dialog).getByLabelText("Files"), file());
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    const preview = await within(dialog).findByRole("table", { name: "First rows of the file" });
    expect(within(preview).getByRole("cell", { name: "03/04/2025" })).toBeTruthy();
    await user.click(within(dialog).getByRole("radio", { name: /day\/month\/year/ }));
    await user.click(within(dialog).getByRole("button", { name: "Import with this mapping" }));
    const summary = await within(dialog).findByRole("region", { name: "monitor.csv" });
    expect(summary).toHaveTextContent(/4 rows: 3 imported, 1 skipped/);
    expect(within(dialog).getByRole("cell", { name: "Row 5" })).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Download error list" })).toBeTruthy();
    // The dialog's own copy of the one announcer (the page behind a modal is inert to readers).
    expect(dialog.querySelector("#import-announcer")).toHaveTextContent(
      "Imported 3 strikes from 1 file. monitor.csv: 4 rows: 3 imported, 1 skipped",
    );
    expect(store.getState().announcement.text).toMatch(/^Imported 3 strikes/);
    expect(calls.map((c) => c.mapping?.dateOrder)).toEqual([undefined, "dmy"]);
    expect(calls[0]?.zone).toBe("Europe/Kyiv");
    const layer = store.getState().layers[0];
    expect(layer?.fileName).toBe("monitor.csv");
    expect(store.getState().strikes).toHaveLength(4);
    expect(localStorage.getItem(`nearmiss.mapping.${request.signature}`)).toContain('"dmy"');
    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    expect(store.getState().importRequest).toBeUndefined();
  });

  it("uses a remembered mapping for a known header signature", async () => {
    rememberDateOrder("mdy");
    const user = userEvent.setup();
    const calls: ImportSettings[] = [];
    setup(fakeStart(calls));
    const dialog = screen.getByRole("dialog", { name: "Import data" });
    await user.upload(within(dialog).getByLabelText("Files"), file());
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    await within(dialog).findByRole("region", { name: "monitor.csv" });
    expect(within(dialog).queryByRole("table", { name: "First rows of the file" })).toBeNull();
    expect(calls.at(-1)?.mapping?.dateOrder).toBe("mdy");
  });

  it("says when a file looks already imported, and imports the second copy as asked", async () => {
    rememberDateOrder("mdy");
    const user = userEvent.setup();
    const store = setup(fakeStart([]));
    const earlier = { fileName: "monitor.csv", target: "strikes" as const, rowCount: 4 };
    store.getState().addLayer({
      ...earlier,
      id: "impold",
      importedAtMs: 0,
      strikes: [],
      missions: [],
      problems: [],
      visible: true,
    });
    const dialog = screen.getByRole("dialog", { name: "Import data" });
    await user.upload(within(dialog).getByLabelText("Files"), file());
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    const summary = await within(dialog).findByRole("region", { name: "monitor.csv" });
    expect(summary).toHaveTextContent("already imported");
    expect(store.getState().layers).toHaveLength(2);
  });

  it("shows progress with Cancel; cancelling adds nothing", async () => {
    const user = userEvent.setup();
    const store = setup(fakeStart([], { hang: true }));
    const dialog = screen.getByRole("dialog", { name: "Import data" });
    await user.type(within(dialog).getByLabelText(/paste GeoJSON or CSV/), "lat,lon");
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    expect(await within(dialog).findByRole("progressbar")).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await within(dialog).findByText("Import cancelled; files not yet read were not imported.");
    expect(store.getState().layers).toEqual([]);
  });

  it("Cancel while a file is being applied keeps that file and starts no other", async () => {
    rememberDateOrder("dmy");
    const user = userEvent.setup();
    const calls: ImportSettings[] = [];
    const store = setup(fakeStart(calls));
    const dialog = screen.getByRole("dialog", { name: "Import data" });
    // The first file's records are being applied (in steps) when the user presses Cancel.
    let pressed = false;
    addDataWarmer(store, () => {
      if (pressed) return;
      pressed = true;
      fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    });
    const second = new File(["id,date,lat,lon\n"], "second.csv", { type: "text/csv" });
    await user.upload(within(dialog).getByLabelText("Files"), [file(), second]);
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    await within(dialog).findByText("Import cancelled; files not yet read were not imported.");
    expect(pressed).toBe(true);
    expect(store.getState().layers.map((l) => l.fileName)).toEqual(["monitor.csv"]);
    // Two calls for the first file (detect, then with the remembered mapping); none for the second.
    expect(calls).toHaveLength(2);
  });
});
