/**
 * Issue 10's "Done when", as a newcomer does it in Chromium: drop a monitoring-map style CSV with
 * thousands of rows (dd/mm/yyyy dates, a "lat, lon" column, links), read which rows were skipped
 * and why, see which events came within 300 m of the Kyiv embassy with their distance intervals,
 * and export them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseImportFiles, closeBrowser, openApp, select, waitForReady } from "./browser";

afterAll(closeBrowser);

/** The embassy's point in geo/missions.geojson. */
const EMBASSY: [number, number] = [30.49056, 50.46082];
const NEAR = 12;
const ROWS = 3000;

/** A deterministic export: NEAR rows ~110–220 m north of the embassy, the rest ≥ 2 km away, 4 bad rows. */
function monitoringCsv(): string {
  const lines = ["Date,Time,Coordinates,Description,Sources"];
  for (let i = 0; i < ROWS; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const near = i < NEAR;
    const dLat = near ? 0.001 + (i % 2) * 0.001 : 0.02 + (i % 50) * 0.002;
    const lat = (EMBASSY[1] + dLat).toFixed(5);
    const lon = (EMBASSY[0] + (near ? 0 : (i % 7) * 0.01)).toFixed(5);
    const name = near ? `NEAR-${i}` : `FAR-${i}`;
    const date = `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2024`;
    lines.push(`${date},0${i % 10}:15,"${lat}, ${lon}",${name} impact,https://example.org/${i}`);
  }
  lines.push('31/02/2024,01:00,"50.5, 30.5",bad day,https://example.org/a');
  lines.push('14/05/1990,01:00,"50.5, 30.5",old year,https://example.org/b');
  lines.push("15/05/2024,01:00,,no place,https://example.org/c");
  lines.push('16/05/2024,01:00,"ninety, east",words,https://example.org/d');
  return `${lines.join("\n")}\n`;
}

describe("issue 10: done when", () => {
  it("a monitoring-map CSV: skipped rows with reasons, events within 300 m of the Kyiv embassy with intervals, exported", async () => {
    const file = join(tmpdir(), "monitoring-export.csv");
    writeFileSync(file, monitoringCsv());
    const { page } = await openApp();
    await waitForReady(page);
    const dialog = await chooseImportFiles(page, file);
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await dialog
      .getByText("3,004 rows: 3,000 imported, 4 skipped")
      .first()
      .waitFor({ timeout: 60_000 });
    await dialog.getByRole("button", { name: "see why" }).click();
    const problems = dialog.getByRole("table", { name: /problem/ });
    for (const [row, reason] of [
      [3002, /day 31 does not exist/i],
      [3003, /2000–2099/],
      [3004, /coordinate/i],
      [3005, /“ninety, east” is not/],
    ] as const) {
      const line = problems.getByRole("row", { name: new RegExp(`Row ${row}\\b`) });
      expect(await line.textContent()).toMatch(reason);
    }
    await dialog.getByRole("button", { name: "Done" }).click();

    // Within 300 m of the Kyiv embassy: the filter beside the legend.
    await page
      .getByRole("combobox", { name: "Site", exact: true })
      .filter({ has: page.locator("option", { hasText: "any site (no distance filter)" }) })
      .selectOption("embassy-kyiv");
    await page.getByRole("spinbutton", { name: "Within metres" }).fill("300");
    await select(page, "mission", "embassy-kyiv");
    const table = page.getByRole("table", { name: "Strikes in the window by distance" });
    const nearRow = table.getByRole("row", { name: /NEAR-0 impact/ });
    // Distance and its interval with both uncertainties (e.g. "111 m" and "0–611 m").
    expect(await nearRow.textContent()).toMatch(/\d+ m.*\d+\s*[–-]\s*\d+ m/);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    const imported = csv.split(/\r?\n/).filter((l) => /NEAR-|FAR-/.test(l));
    expect(imported.filter((l) => l.includes("NEAR-"))).toHaveLength(NEAR);
    expect(imported.filter((l) => l.includes("FAR-"))).toHaveLength(0);
    // Each row names the imported layer it came from (its id prefixes the record id).
    expect(imported[0]).toMatch(/^imp\w+:row-\d+,NEAR-/);
    await page.context().close();
  });
});
