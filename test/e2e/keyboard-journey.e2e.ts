import type { Locator, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import {
  announced,
  closeBrowser,
  closePage,
  countPointerPresses,
  frameOf,
  openAt,
  screenshot,
} from "./browser";

afterAll(closeBrowser);

/** The night of 13–14 Nov 2025 around the embassy in Kyiv, at district zoom. */
const NIGHT_AT_EMBASSY =
  "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&map=14.00/50.46082/30.49056";
const STRIKE = "Iskander-type missile hits the embassy compound";
const EMBASSY = "Embassy of Azerbaijan in Kyiv";

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
  { width: 844, height: 390 },
] as const;

/** After every step: the document never scrolls, header and timeline stay on screen. */
async function expectFixedFrame(page: Page, step: string): Promise<void> {
  const f = await frameOf(page);
  expect(f.scrollTop, step).toBe(0);
  expect(f.headerTop, step).toBe(0);
  expect(f.headerBottom, step).toBeGreaterThan(0);
  expect(f.timelineTop, step).toBeLessThan(f.innerHeight);
  expect(f.timelineBottom, step).toBeLessThanOrEqual(f.innerHeight + 0.5);
}

const visible = (l: Locator) => l.isVisible();

/** Keyboard only: moves focus to a control as Tab would land on it (no pointer), then presses. */
async function press(target: Locator, key: string): Promise<void> {
  await target.focus();
  await target.press(key);
}

/** Walks the navigator with arrows (from its first feature) until the announcement satisfies `ok`. */
async function navigateUntil(page: Page, ok: (said: string) => boolean): Promise<string> {
  const dirs = ["ArrowUp", "ArrowRight", "ArrowDown", "ArrowLeft"];
  const routes = [[], ...dirs.map((d) => [d]), ...dirs.flatMap((a) => dirs.map((b) => [a, b]))];
  for (const route of routes) {
    await page.keyboard.press("Home");
    for (const key of route) await page.keyboard.press(key);
    const said = await announced(page);
    if (ok(said)) return said;
  }
  throw new Error(`the navigator never reached it; last heard: ${await announced(page)}`);
}

describe("keyboard-only journey: the strike nearest the embassy, measured, windowed, exported", () => {
  for (const size of VIEWPORTS) {
    it(`at ${size.width}×${size.height}`, async () => {
      const { page } = await openAt(NIGHT_AT_EMBASSY, size);
      const pointerPresses = await countPointerPresses(page);
      const tag = `${size.width}x${size.height}`;
      await expectFixedFrame(page, "opened");

      // 1. Find it with the map navigator; hear its name, date and distance to the nearest site.
      await page.getByRole("listbox", { name: "Map features in view" }).focus();
      const heard = await navigateUntil(page, (s) => s.startsWith(`Strike: ${STRIKE}`));
      expect(heard).toMatch(
        new RegExp(`^Strike: ${STRIKE}, 14 Nov 2025, 01:00, [\\d.,]+ m from ${EMBASSY}$`),
      );
      await expectFixedFrame(page, "navigator on the strike");

      // 2. Enter selects it; its details are read.
      await page.keyboard.press("Enter");
      expect(await announced(page)).toMatch(new RegExp(`^Selected: Strike: ${STRIKE}`));
      const details = page.getByRole("article");
      await details.getByRole("heading", { name: STRIKE }).waitFor();
      await expectFixedFrame(page, "details shown");

      // 3. "Measure to…" the embassy, from the keyboard.
      const site = details.getByLabel("Measure to…");
      await site.focus();
      for (let i = 0; i < 10 && (await site.inputValue()) !== "embassy-kyiv"; i++)
        await site.press("ArrowDown");
      expect(await site.inputValue()).toBe("embassy-kyiv");
      await press(details.getByRole("button", { name: "Measure", exact: true }), "Enter");
      await expect
        .poll(() => announced(page))
        .toMatch(new RegExp(`^Measured: Iskander-type missile, 14 Nov 2025 → ${EMBASSY}: .*m`));
      await expectFixedFrame(page, "measured");
      await screenshot(page, `keyboard-journey-measured-${tag}`);

      // 4. Widen the window by one bin with the end handle's arrow key; hear the settled window.
      const end = page.getByRole("slider", { name: "Window end" });
      if (!(await visible(end))) await press(page.locator(".timeline-toggle"), "Enter");
      const before = await page.evaluate(() => window.__nearmiss?.store.getState().timeWindow);
      await press(end, "ArrowRight");
      await expect
        .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().timeWindow.endMs))
        .toBeGreaterThan(before?.endMs ?? Number.POSITIVE_INFINITY);
      await expect.poll(() => announced(page)).toMatch(/^Time window: \d+ strikes? · 13 Nov 2025/);
      await expectFixedFrame(page, "window changed");

      // 5. Export CSV (the list's export bar; on phones the List tab first).
      const csv = page.getByRole("button", { name: "Export CSV" });
      if (!(await visible(csv)))
        await press(page.getByRole("button", { name: "List", exact: true }), "Enter");
      const [download] = await Promise.all([page.waitForEvent("download"), press(csv, "Enter")]);
      // The file is named by the window: its start, and the end the arrow key moved out by one bin.
      const name = download.suggestedFilename();
      expect(name).toMatch(/^nearmiss-strikes-2025-11-13_\d{4}-\d\d-\d\d\.csv$/);
      expect(name.slice(28, 38) >= "2025-11-14").toBe(true);
      await expectFixedFrame(page, "exported");
      await screenshot(page, `keyboard-journey-exported-${tag}`);

      expect(await pointerPresses()).toBe(0);
      await closePage(page);
    });
  }
});
