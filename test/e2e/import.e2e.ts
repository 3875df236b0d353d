import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import {
  chooseImportFiles,
  closeBrowser,
  importDialog,
  openApp,
  screenshot,
  select,
  waitForReady,
} from "./browser";

afterAll(closeBrowser);

const FIXTURES = "test/fixtures/import-e2e";
const HINT_BAD = "test/fixtures/geojsonhint/bad";
const BUILTIN_STRIKE = "kyiv-embassy-compound-hit-2025-11-14";

/** Counts from the store: every strike, the built-in ones, and imported layers. */
const counts = (page: Page) =>
  page.evaluate(() => {
    const s = window.__nearmiss?.store.getState();
    return {
      strikes: s?.strikes.length ?? -1,
      builtin: s?.builtin.strikes.length ?? -1,
      builtinMissions: s?.builtin.missions.length ?? -1,
      missions: s?.missions.length ?? -1,
      layers: s?.layers.map((l) => l.fileName) ?? [],
    };
  });

/** How many strikes the GL layer drew in its last frame. */
const drawnCount = (page: Page) =>
  page.evaluate(() => {
    const layer = window.__nearmiss?.map.getLayer("strike-gl-icons") as unknown as
      | { implementation: { drawnRange(): { lo: number; hi: number } } }
      | undefined;
    const r = layer?.implementation.drawnRange();
    return r ? r.hi - r.lo : -1;
  });

const dialog = importDialog;

/** How many layers this browser has saved (IndexedDB, as src/data/layer-db.ts writes them). */
const savedLayers = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("nearmiss-imports");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction("layers").objectStore("layers").count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );

describe("import", () => {
  it("imports strikes (picker + column mapping) and sites (drop), keeps them across a reload, removes a layer", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    const before = await counts(page);

    // 1. Strikes through the file picker; the ambiguous dates bring up the mapping dialog.
    await chooseImportFiles(page, `${FIXTURES}/strikes-ambiguous.csv`);
    await dialog(page).getByRole("button", { name: "Import", exact: true }).click();
    await dialog(page).getByRole("table", { name: "First rows of the file" }).waitFor();
    // The bad latitude in row 5 keeps "lat" from being recognised: the user maps it.
    await dialog(page).getByRole("combobox", { name: "Latitude", exact: true }).selectOption("lat");
    await dialog(page)
      .getByRole("combobox", { name: "Longitude", exact: true })
      .selectOption("lon");
    await dialog(page)
      .getByRole("radio", { name: /day\/month\/year/ })
      .check();
    await dialog(page).getByRole("button", { name: "Import with this mapping" }).click();
    await dialog(page)
      .getByText(/4 rows: 3 imported, 1 skipped/)
      .first()
      .waitFor();
    await dialog(page).getByRole("button", { name: "see why" }).click();
    const problems = dialog(page).getByRole("table", { name: /problem/ });
    expect(await problems.getByRole("cell", { name: "Row 5" }).count()).toBeGreaterThan(0);
    await screenshot(page, "import-summary");
    await dialog(page).getByRole("button", { name: "Done" }).click();
    const after = await counts(page);
    expect(after.strikes).toBe(before.strikes + 3);
    expect(after.builtin).toBe(before.builtin);
    // Imported strikes are drawn (the window grew to cover them) and listed.
    await expect.poll(() => drawnCount(page)).toBe(after.strikes);
    const list = page.getByRole("list", { name: /Strikes in the window/ });
    await list.getByRole("button", { name: /Debris near the embassy/ }).click();
    const details = page.getByRole("article");
    await details.getByRole("heading", { name: "Debris near the embassy" }).waitFor();
    const row = details.getByRole("row", { name: /Embassy of (the Republic of )?Azerbaijan/ });
    expect(await row.first().textContent()).toMatch(/\d+ m/);
    expect(await details.textContent()).toMatch(/time zone assumed: Kyiv/);

    // 2. Sites by a synthetic drop of a File anywhere on the app.
    const sitesCsv = readFileSync(`${FIXTURES}/sites.csv`, "utf8");
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "sites.csv", { type: "text/csv" }));
      const target = document.querySelector(".map-region") ?? document.body;
      for (const type of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    }, sitesCsv);
    await dialog(page).getByText("sites.csv").first().waitFor();
    await dialog(page).getByRole("radio", { name: "sites to protect" }).check();
    await dialog(page).getByRole("button", { name: "Import", exact: true }).click();
    await dialog(page)
      .getByText(/2 rows: 2 imported, 0 skipped/)
      .first()
      .waitFor();
    await dialog(page).getByRole("button", { name: "Done" }).click();
    expect((await counts(page)).missions).toBe(before.missions + 2);

    // A built-in strike now measures to the new site too.
    await select(page, "strike", BUILTIN_STRIKE);
    await page
      .getByRole("article")
      .getByRole("row", { name: /City Hospital No\. 1/ })
      .waitFor();

    // 3. Reload (once both are saved: writes start a task after each change): both layers are
    // back; remove one.
    await expect.poll(() => savedLayers(page)).toBe(2);
    await page.reload();
    await waitForReady(page);
    await expect
      .poll(async () => (await counts(page)).layers)
      .toEqual(["strikes-ambiguous.csv", "sites.csv"]);
    await page.getByRole("button", { name: "Remove layer sites.csv" }).click();
    expect((await counts(page)).missions).toBe(before.missions);
    await expect.poll(() => savedLayers(page)).toBe(1);
    await page.reload();
    await waitForReady(page);
    await expect.poll(async () => (await counts(page)).layers).toEqual(["strikes-ambiguous.csv"]);
    await page.context().close();
  });

  it("says that a link to an imported record refers to data imported in another browser", async () => {
    const { page } = await openApp("#strike=imp0abc:1");
    await waitForReady(page);
    await page.getByText(/refers to data imported in another browser/).waitFor();
    await page.context().close();
  });

  it("reports a specific problem for each invalid geojsonhint file and leaves the built-in data intact", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    const before = await counts(page);
    const files = readdirSync(HINT_BAD)
      .filter((f) => f.endsWith(".geojson"))
      .map((f) => `${HINT_BAD}/${f}`);
    await chooseImportFiles(page, files);
    await dialog(page).getByRole("radio", { name: "sites to protect" }).check();
    await dialog(page).getByRole("button", { name: "Import", exact: true }).click();
    await dialog(page).getByRole("button", { name: "Done" }).waitFor({ timeout: 60_000 });
    const sections = dialog(page).locator(".import-summary");
    expect(await sections.count()).toBe(files.length);
    for (let i = 0; i < files.length; i++) {
      const reasons = await sections
        .nth(i)
        .locator(".problem-list tbody td:last-child")
        .allTextContents();
      expect(reasons.length, files[i]).toBeGreaterThan(0);
      expect(reasons.join(" ").length, files[i]).toBeGreaterThan(10);
    }
    // Built-in data is intact; only valid features of a partly valid file (stringcoord: one of
    // two) became records, each listed in its summary.
    const after = await counts(page);
    expect(after.builtin).toBe(before.builtin);
    expect(after.builtinMissions).toBe(before.builtinMissions);
    expect(after.strikes).toBe(before.strikes);
    const imported = await page.evaluate(
      () =>
        window.__nearmiss?.store.getState().layers.reduce((n, l) => n + l.missions.length, 0) ?? -1,
    );
    expect(after.missions).toBe(before.missions + imported);
    expect(imported).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
