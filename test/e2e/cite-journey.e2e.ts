import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length;

describe("issue 12, done when: a journalist finds, filters, saves and prints — offline", () => {
  it("crater by typing, low confidence hidden, captioned PNG, 1 km CSV to every site, one-page brief", async () => {
    const { page } = await openApp();
    const origin = new URL(page.url()).origin;
    const outside: string[] = [];
    page.context().on("request", (r) => {
      const u = new URL(r.url());
      if (u.protocol.startsWith("http") && u.origin !== origin) outside.push(r.url());
    });
    await waitForReady(page);

    // Find the 2 Jan 2024 crater by typing.
    await page.locator("main").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    await page.keyboard.type("crater");
    // Several craters match; the 2 Jan 2024 one is in the list, and choosing it selects it.
    const option = page.getByRole("option").filter({ hasText: "Kinzhal crater" });
    await option.first().waitFor();
    await option.first().click();
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().selection?.id))
      .toBe("kyiv-embassy-kinzhal-crater-2024-01-02");

    // The whole history, low-confidence points hidden, only strikes within 1 km of the embassy.
    await page.getByRole("button", { name: "All", exact: true }).click();
    const low = page
      .getByRole("group", { name: "Confidence" })
      .getByRole("checkbox", { name: "low" });
    await low.scrollIntoViewIfNeeded();
    await low.uncheck();
    await page.getByRole("combobox", { name: "Site", exact: true }).selectOption("embassy-kyiv");
    await page.getByRole("spinbutton", { name: "Within metres" }).fill("1000");

    // A captioned PNG of the view.
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save image" }).click(),
    ]);
    const image = PNG.sync.read(readFileSync(await png.path()));
    const canvas = await page.evaluate(() => {
      const c = window.__nearmiss?.map.getCanvas();
      return c ? { w: c.width, h: c.height } : undefined;
    });
    expect(image.width).toBeGreaterThanOrEqual(canvas?.w ?? 1);
    expect(image.height).toBeGreaterThan((canvas?.h ?? 0) + 40); // the caption band

    // The CSV: every shown strike within 1 km, with distance and interval to every site.
    const [csvFile] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const lines = readFileSync(await csvFile.path(), "utf8").split("\r\n");
    const header = lines.find((l) => l.startsWith("id,")) ?? "";
    const sites = await page.evaluate(
      () => window.__nearmiss?.store.getState().missions.map((m) => m.id) ?? [],
    );
    expect(sites.length).toBeGreaterThan(3);
    for (const id of sites)
      for (const part of ["distance_m", "min_m", "max_m"])
        expect(header.split(",")).toContain(`${id}__${part}`);
    const expected = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      return (s?.strikes ?? [])
        .filter((x) => x.confidence !== "low" && x.missionIds.includes("embassy-kyiv"))
        .map((x) => x.id);
    });
    const rows = lines.filter((l) => l.startsWith("kyiv-"));
    for (const id of [
      "kyiv-embassy-kinzhal-crater-2024-01-02",
      "kyiv-embassy-compound-hit-2025-11-14",
    ])
      expect(rows.some((r) => r.startsWith(`${id},`))).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(Math.max(expected.length, 12));
    expect(lines.some((l) => l.includes("confidence hidden: low"))).toBe(true);

    // The embassy's brief, printed to one page.
    const search = page.getByRole("combobox", { name: /Search strikes and sites/ });
    await search.fill("Embassy of Azerbaijan in Kyiv");
    await page
      .getByRole("option")
      .filter({ hasText: "Embassy of Azerbaijan in Kyiv" })
      .first()
      .click();
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().selection?.id))
      .toBe("embassy-kyiv");
    const briefLink = page.getByRole("link", { name: "Brief" });
    await briefLink.waitFor();
    const [brief] = await Promise.all([page.context().waitForEvent("page"), briefLink.click()]);
    await brief.locator("table.brief-table").waitFor({ timeout: 120_000 });
    await brief.locator("img.brief-map-image").waitFor({ timeout: 120_000 });
    await brief.emulateMedia({ media: "print" });
    expect(pdfPages(await brief.pdf({ format: "A4" }))).toBe(1);
    await screenshot(page, "cite-journey");
    expect(outside).toEqual([]);
    await page.context().close();
  }, 400_000);
});
