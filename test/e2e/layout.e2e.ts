import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, waitForReady } from "./browser";

afterAll(closeBrowser);

/** The document itself never scrolls, and the header and timeline stay on screen. */
async function expectFixedFrame(page: Page, when: string): Promise<void> {
  const frame = await page.evaluate(() => {
    const header = document.querySelector(".app-header")?.getBoundingClientRect();
    const timeline = document.querySelector(".timeline")?.getBoundingClientRect();
    return {
      scrollTop: document.scrollingElement?.scrollTop ?? -1,
      headerTop: header?.top ?? -1,
      timelineBottom: timeline?.bottom ?? Number.POSITIVE_INFINITY,
      innerHeight: window.innerHeight,
    };
  });
  expect(frame.scrollTop, when).toBe(0);
  expect(frame.headerTop, when).toBe(0);
  expect(frame.timelineBottom, when).toBeLessThanOrEqual(frame.innerHeight + 0.5);
}

/** Wheels hard over an element (which would chain to the document if anything let it). */
async function wheelOver(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 20));
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 800);
}

describe("the app is a fixed frame", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`never scrolls the document at ${viewport.width}×${viewport.height}`, async () => {
      const phone = viewport.width < 600;
      const { page } = await openApp("", viewport, { isMobile: phone });
      await waitForReady(page);
      await expectFixedFrame(page, "initially");
      const rows = page.getByRole("list", { name: /Strikes in the window/ }).getByRole("button");
      await rows.first().click();
      await page.getByRole("article").waitFor();
      await expectFixedFrame(page, "after selecting a strike");
      await wheelOver(page, ".panel-details");
      await expectFixedFrame(page, "after wheeling over the details");
      await wheelOver(page, ".app-header");
      await wheelOver(page, ".timeline");
      await expectFixedFrame(page, "after wheeling over the header and timeline");
      // Keyboard focus moves (Tab through the details and End) must not scroll the page either.
      for (let i = 0; i < 25; i++) await page.keyboard.press("Tab");
      await page.keyboard.press("End");
      await expectFixedFrame(page, "after keyboard focus moves");
      await page.context().close();
    });
  }

  it("skip links move focus without touching the URL", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    const before = page.url();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the list" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "list-panel");
    await page.getByRole("link", { name: "Skip to the timeline" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.activeElement?.closest("#timeline") && document.activeElement.tagName !== "A",
    );
    expect(page.url()).toBe(before);
    expect(await page.getByText(/could not be used/).count()).toBe(0);
    await expectFixedFrame(page, "after the skip links");
    await page.context().close();
  });
});
