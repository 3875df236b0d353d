// @vitest-environment jsdom
/**
 * Every interface string goes through the catalogue: the app is rendered with the real data under
 * a pseudo-locale that marks every message ⟦…⟧ (and formats dates and units in Cyrillic), and no
 * Latin word may show outside the markers except the data's own text. The map canvas is stubbed
 * (no WebGL here); its own text (attribution, chips) is checked in test/map.
 */
import { readFileSync } from "node:fs";
import { act, render, screen } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { App } from "@/app/App";
import { parseDiplomaticEvents, parseMissions, parseStrikes } from "@/domain/parse-geo";
import { replaceCatalog } from "@/i18n/catalog";
import { type AppStore, createAppStore } from "@/state/store";
import { hardCodedText, pseudoMessages, stringsIn } from "../../helpers/pseudo-locale";

const root = `${process.cwd()}/`;
const json = (file: string) => JSON.parse(readFileSync(root + file, "utf8"));
const raw = {
  missions: json("geo/missions.geojson"),
  strikes: json("geo/strikes.geojson"),
  events: json("geo/diplomatic-events.json"),
};
/** A problem found in a data file: its file name and the checker's message are shown as given. */
const ISSUE = { file: "strikes.geojson", path: "features[3]", message: "missing time" };
/** The data's own strings, longest first (so a long one is removed before its parts). */
const DATA = [...new Set([...stringsIn(raw), ISSUE.file, ISSUE.message])].sort(
  (a, b) => b.length - a.length,
);
const LOADED = {
  missions: parseMissions(raw.missions, "missions.geojson").items,
  strikes: parseStrikes(raw.strikes, "strikes.geojson").items,
  events: parseDiplomaticEvents(raw.events, "diplomatic-events.json").items,
  issues: [ISSUE],
  datasetVersion: "2026-12-04",
};

vi.mock("@/map/MapView", () => ({ MapView: () => <div className="map-canvas" /> }));
vi.mock("@/map/capture", () => ({ captureMapImage: vi.fn() }));
vi.mock("@/map/site-snapshot", () => ({ captureSiteSnapshot: vi.fn() }));
vi.mock("@/data/geo-load-client", () => ({ loadGeoOffThread: async () => LOADED }));
vi.mock("@/data/layer-db", () => ({
  openLayerStorage: () => ({
    loadAll: async () => [],
    save: async () => {},
    remove: async () => {},
    clear: async () => {},
  }),
}));

let restore: () => void;
beforeAll(() => {
  restore = replaceCatalog("uk", pseudoMessages());
});
afterAll(() => restore());

async function renderApp(prepare?: (store: AppStore) => void): Promise<AppStore> {
  const store = createAppStore({ clusterRunner: async () => [] });
  window.history.replaceState(null, "", "/#lang=uk");
  render(<App store={store} />);
  await vi.waitFor(() => expect(store.getState().dataStatus).toBe("ready"));
  await vi.waitFor(() => expect(store.getState().locale).toBe("uk"));
  await act(async () => prepare?.(store));
  return store;
}

const stray = () => {
  const found = hardCodedText(document.body, DATA);
  if (process.env.I18N_DUMP) console.log(`STRAY\n${found.join("\n")}`);
  return found;
};
/** Lazily loaded panels (details, brief, import) can take seconds on a loaded machine. */
const LAZY = { timeout: 20_000 };
const firstMission = () => LOADED.missions[0]?.id ?? "";
const nearStrike = () => LOADED.strikes.find((s) => s.missionIds.length > 0)?.id ?? "";

describe("no hard-coded interface text", { timeout: 60_000 }, () => {
  it("the main view", async () => {
    await renderApp();
    expect(stray()).toEqual([]);
  });

  it("a selected strike", async () => {
    await renderApp((s) => s.getState().select({ kind: "strike", id: nearStrike() }, "list"));
    await screen.findByRole("article", {}, LAZY);
    expect(stray()).toEqual([]);
  });

  it("a selected site with its rings and history", async () => {
    await renderApp((s) => s.getState().select({ kind: "mission", id: firstMission() }, "list"));
    await screen.findByRole("article", {}, LAZY);
    expect(stray()).toEqual([]);
  });

  it("the brief", async () => {
    await renderApp((s) => {
      s.getState().select({ kind: "mission", id: firstMission() }, "list");
      s.getState().setBriefMode(true);
    });
    await screen.findByRole("heading", { level: 1 }, LAZY);
    expect(stray()).toEqual([]);
  });

  it("the measure tool, a stack of strikes and the import dialog", async () => {
    await renderApp((s) => {
      s.getState().setTool("measure");
      s.getState().showStack(LOADED.strikes.slice(0, 3).map((k) => k.id));
      s.getState().requestImport();
    });
    await screen.findByRole("dialog", {}, LAZY);
    expect(stray()).toEqual([]);
  });
});
