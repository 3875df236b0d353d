import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, waitForReady } from "./browser";

afterAll(closeBrowser);

describe("share and export", () => {
  it("exports the window's strikes as CSV with their nearest mission", async () => {
    const night = "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00";
    const { page } = await openApp(night);
    await waitForReady(page);
    const count = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      return s
        ? s.strikes.filter((x) => x.tMs >= s.timeWindow.startMs && x.tMs < s.timeWindow.endMs)
            .length
        : -1;
    });
    expect(count).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("nearmiss-strikes-2025-11-13_2025-11-14.csv");
    const path = await download.path();
    const all = readFileSync(path, "utf8").split("\r\n");
    // The strikes table: from its header row to the blank line before the sites section.
    const start = all.findIndex((l) => l.startsWith("id,name,time,"));
    const lines = all.slice(start, all.indexOf("", start));
    expect(lines).toHaveLength(count + 1);
    expect(all.some((l) => /^# dataset_version: \d{4}-\d\d-\d\d$/.test(l))).toBe(true);
    const hit = lines.find((l) => l.startsWith("kyiv-embassy-compound-hit-2025-11-14,"));
    expect(hit).toContain(",embassy-kyiv,");
    await expect
      .poll(() => page.getByText(`Exported ${count} strikes as CSV.`).isVisible())
      .toBe(true);
    await page.context().close();
  });
});
