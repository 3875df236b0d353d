import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./axe";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

async function expectFixedFrame(page: Page, when: string): Promise<void> {
  const frame = await page.evaluate(() => ({
    scrollTop: document.scrollingElement?.scrollTop ?? -1,
    headerTop: document.querySelector(".app-header")?.getBoundingClientRect().top ?? -1,
    timelineBottom:
      document.querySelector(".timeline")?.getBoundingClientRect().bottom ??
      Number.POSITIVE_INFINITY,
    innerHeight: window.innerHeight,
  }));
  expect(frame.scrollTop, when).toBe(0);
  expect(frame.headerTop, when).toBe(0);
  expect(frame.timelineBottom, when).toBeLessThanOrEqual(frame.innerHeight + 0.5);
}

const announced = (page: Page) => page.locator("#announcer").evaluate((el) => el.textContent ?? "");

describe("keyboard and screen readers on the map", () => {
  it("finds a strike with the navigator, hears its distance and selects it — keyboard only", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    expect(await seriousAxeViolations(page), "initial view").toEqual([]);
    // Tab from the map canvas reaches the navigator (focus(), not a click: no pointer events).
    await page.locator(".maplibregl-canvas").focus();
    // After the map's own controls (zoom, attribution) comes the navigator.
    const box = page.getByRole("listbox", { name: "Map features in view" });
    const focused = () => box.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 12 && !(await focused()); i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe(true);
    await expectFixedFrame(page, "navigator focused");
    // Walk until the navigator points at a strike; the announcement names its nearest site.
    for (let i = 0; i < 40 && !(await announced(page)).startsWith("Strike:"); i++) {
      await page.keyboard.press(i % 2 ? "ArrowDown" : "ArrowRight");
      if (!(await announced(page)).startsWith("Strike:")) await page.keyboard.press("End");
    }
    const said = await announced(page);
    expect(said).toMatch(/^Strike: .+, .+, [\d.,]+ (m|km) from .+/);
    await screenshot(page, "a11y-navigator-1280");
    await page.keyboard.press("Enter");
    await page.getByRole("article").waitFor();
    expect(await announced(page)).toMatch(/^Selected: Strike:/);
    await expectFixedFrame(page, "strike selected");
    expect(await seriousAxeViolations(page), "selected strike").toEqual([]);
    for (const size of [
      { width: 375, height: 812 },
      { width: 844, height: 390 },
    ]) {
      await page.setViewportSize(size);
      await expectFixedFrame(page, `at ${size.width}×${size.height}`);
      await screenshot(page, `a11y-selected-${size.width}x${size.height}`);
    }
    await page.context().close();
  });
});
