import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, hashOf, openApp, SCREENSHOT_DIR, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

const NIGHT = "#from=2025-11-13T18:00+02:00&to=2025-11-14T12:00+02:00";

describe("find and cite", () => {
  it("/ then “Iskander” selects the 14 Nov strike", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    await page.locator("main").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    const box = page.getByRole("combobox", { name: /Search strikes and sites/ });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("Iskander");
    const option = page.getByRole("option").first();
    await expect.poll(() => option.textContent()).toContain("Iskander-type missile hits");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().selection?.id))
      .toBe("kyiv-embassy-compound-hit-2025-11-14");
    await screenshot(page, "cite-search");
    await page.context().close();
  }, 240_000);

  it("hiding a weapon class changes map, list, count and export together", async () => {
    const { page } = await openApp(NIGHT);
    await waitForReady(page);
    /** What the GL strike layer painted in its last frame: strikes the filters let through. */
    const drawn = () =>
      page.evaluate(() => {
        const layer = window.__nearmiss?.map.getLayer("strike-gl-icons") as unknown as
          | { implementation: { drawnShown(): number } }
          | undefined;
        return layer?.implementation.drawnShown() ?? -1;
      });
    const rows = page.getByRole("list", { name: /^Strikes in the window/ }).getByRole("button");
    const total = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      return s
        ? s.strikes.filter((x) => x.tMs >= s.timeWindow.startMs && x.tMs < s.timeWindow.endMs)
            .length
        : 0;
    });
    expect(total).toBeGreaterThan(3);
    await expect.poll(drawn).toBe(total);
    await expect.poll(() => rows.count()).toBe(total);
    const toggle = page.locator('button.legend-toggle[data-weapon="drone"]');
    const droneCount = Number(await toggle.locator(".legend-count").textContent());
    expect(droneCount).toBe(3);
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(drawn).toBe(total - droneCount);
    await expect.poll(() => rows.count()).toBe(total - droneCount);
    await expect
      .poll(() => page.locator(".timeline-count").textContent())
      .toContain(`${total - droneCount} strike`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8").split("\r\n");
    expect(csv).toContain("# filters: weapon hidden: drone");
    const dataRows = csv.filter((l) => l.startsWith("kyiv-"));
    expect(dataRows).toHaveLength(total - droneCount);
    expect(dataRows.some((l) => l.includes(",drone,"))).toBe(false);
    await screenshot(page, "cite-filtered");
    await page.context().close();
  }, 240_000);

  it("Save image downloads a PNG with the strike layer's pixels and a caption", async () => {
    const { page } = await openApp("#from=2024-01-02T00:00+02:00&to=2024-01-03T00:00+02:00");
    await waitForReady(page);
    const at = await page.evaluate(async () => {
      const nm = window.__nearmiss;
      if (!nm) return undefined;
      const s = nm.store.getState().strikes.find((x) => x.id.startsWith("kyiv-embassy-kinzhal"));
      if (!s) return undefined;
      nm.map.jumpTo({ center: [s.lngLat[0], s.lngLat[1]], zoom: 17 });
      await new Promise((r) => nm.map.once("idle", r));
      const p = nm.map.project([s.lngLat[0], s.lngLat[1]]);
      const c = nm.map.getCanvas();
      return { x: p.x, y: p.y, w: c.width, h: c.height };
    });
    expect(at).toBeDefined();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save image" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = PNG.sync.read(readFileSync(await download.path()));
    if (!at) return;
    expect(png.width).toBeGreaterThanOrEqual(at.w);
    expect(png.height).toBeGreaterThan(at.h);
    const px = (x: number, y: number) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i], png.data[i + 1], png.data[i + 2]] as const;
    };
    // The aeroballistic symbol's fill, #7b1fa2 (123, 31, 162), at the strike's point.
    const [r, g, b] = px(at.x, at.y);
    expect(Math.abs((r ?? 0) - 123)).toBeLessThan(24);
    expect(Math.abs((g ?? 0) - 31)).toBeLessThan(24);
    expect(Math.abs((b ?? 0) - 162)).toBeLessThan(24);
    // The caption band under the map: white ground with dark text.
    let dark = 0;
    let white = 0;
    for (let y = at.h + 2; y < png.height; y++)
      for (let x = 0; x < png.width; x += 2) {
        const [cr, cg, cb] = px(x, y);
        if ((cr ?? 0) + (cg ?? 0) + (cb ?? 0) < 150) dark++;
        else if ((cr ?? 0) + (cg ?? 0) + (cb ?? 0) > 740) white++;
      }
    expect(dark).toBeGreaterThan(500);
    expect(white).toBeGreaterThan(dark);
    await page.context().close();
  }, 240_000);

  it("a link with filters reopens them", async () => {
    const { page } = await openApp(`${NIGHT}&hideWeapon=drone&hideConfidence=low&v=2020-01-01`);
    await waitForReady(page);
    const toggle = page.locator('button.legend-toggle[data-weapon="drone"]');
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
    const low = page
      .getByRole("group", { name: "Confidence" })
      .getByRole("checkbox", { name: "low" });
    expect(await low.isChecked()).toBe(false);
    await expect
      .poll(() => page.locator(".link-notice").textContent())
      .toContain("made with dataset version 2020-01-01");
    await expect.poll(() => hashOf(page)).toContain("hideWeapon=drone");
    await page.context().close();
  }, 240_000);
});

describe("mission brief", () => {
  it("prints with a table row for every shown strike within 1 km of the embassy", async () => {
    const { page } = await openApp(
      "#from=2022-01-01T00:00+02:00&to=2026-01-01T00:00+02:00&mission=embassy-kyiv&rings=100,1000&brief=1",
    );
    const table = page.locator("table.brief-table");
    await table.waitFor({ timeout: 120_000 });
    const expected = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      return s ? s.timeWindow.endMs : 0;
    });
    expect(expected).toBeDefined();
    const ids = await table
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-strike-id")));
    // The embassy's near misses in the data, each ≤ 1 km: the compound hit (0 m), the 2024
    // Kinzhal crater (~25 m) and the 28 Aug 2025 missile (~50 m); the 2022 strikes lie 220–340 m away.
    for (const id of [
      "kyiv-embassy-compound-hit-2025-11-14",
      "kyiv-embassy-kinzhal-crater-2024-01-02",
      "kyiv-embassy-near-strike-2025-08-28",
      "kyiv-embassy-near-miss-2022-06-26",
      "kyiv-embassy-near-miss-2022-04-28",
    ])
      expect(ids).toContain(id);
    expect(ids.length).toBeLessThan(12);
    // The map snapshot: a real picture of the map (not the schematic) holding the strike
    // symbols' or the rings' colours.
    const image = page.locator("img.brief-map-image");
    await image.waitFor({ timeout: 120_000 });
    const src = (await image.getAttribute("src")) ?? "";
    expect(src.startsWith("data:image/png;base64,")).toBe(true);
    const bytes = Buffer.from(src.slice(src.indexOf(",") + 1), "base64");
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/cite-brief-snapshot.png`, bytes);
    const shot = PNG.sync.read(bytes);
    expect(shot.width).toBeGreaterThan(300);
    const near = (i: number, [r, g, b]: readonly [number, number, number]) =>
      Math.abs((shot.data[i] ?? 0) - r) < 30 &&
      Math.abs((shot.data[i + 1] ?? 0) - g) < 30 &&
      Math.abs((shot.data[i + 2] ?? 0) - b) < 30;
    let strikePx = 0;
    for (let i = 0; i < shot.data.length; i += 4)
      // The GL layer's ballistic (#c62828) and cruise (#e65100) symbols.
      if (near(i, [198, 40, 40]) || near(i, [230, 81, 0])) strikePx++;
    expect(strikePx).toBeGreaterThan(100);
    // The 1 km ring (#0d47a1 at 0.8 opacity): the snapshot fits 1.15 × the radius, so the ring
    // runs at about 0.85 of the half width; look for blue within a few pixels of that circle.
    const blue = (x: number, y: number) => {
      const i = (Math.round(y) * shot.width + Math.round(x)) * 4;
      const [r, g, b] = [shot.data[i] ?? 0, shot.data[i + 1] ?? 0, shot.data[i + 2] ?? 0];
      return b > r + 60 && b > g + 30;
    };
    const half = shot.width / 2;
    let ringHits = 0;
    for (let a = 0; a < 360; a += 10) {
      const [dx, dy] = [Math.cos((a * Math.PI) / 180), Math.sin((a * Math.PI) / 180)];
      for (let k = 0.78; k < 0.92; k += 0.004)
        if (blue(half + dx * half * k, half + dy * half * k)) {
          ringHits++;
          break;
        }
    }
    expect(ringHits).toBeGreaterThan(30);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".brief-tools").isVisible()).toBe(false);
    /** Page objects in a PDF (Chromium writes each as an uncompressed `/Type /Page` dictionary). */
    const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length;
    // A4's printable width at 12 mm margins, to look at what the PDF holds.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/cite-brief-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pages(pdf)).toBe(1);
    expect(pages(await page.pdf({ format: "Letter" }))).toBe(1);

    await page.context().close();
  }, 240_000);
});
