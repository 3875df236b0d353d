// Issue 13, phones: "a phone user can scrub the night of 13–14 Nov 2025 and read the strike's
// details without the page running away" — at 375×812, 390×844 and a landscape 844×390, by touch.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./axe";
import { closeBrowser, closePage, openAt, screenshot, settle, touchDrag } from "./browser";

afterAll(closeBrowser);

const STRIKE = "Iskander-type missile hits the embassy compound";
const NIGHT_TEXT = "13 Nov 2025 18:00 – 14 Nov 2025 06:00";
const NIGHT_START_MS = Date.parse("2025-11-13T18:00:00+02:00");

/** The page never scrolls; the header and the time control (play, presets, scrubber) are on screen. */
async function expectFrame(page: Page, when: string): Promise<void> {
  const frame = await page.evaluate(() => {
    const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
    const visible = (sel: string) => {
      const r = box(sel);
      return !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    };
    return {
      scrollTop: document.scrollingElement?.scrollTop ?? -1,
      headerTop: box(".app-header")?.top ?? -1,
      header: visible(".app-header"),
      timeline: visible(".timeline"),
      play: visible(".timeline-play"),
      presets: visible(".timeline-quick"),
      slider: visible(".timeline-handle-start") && visible(".timeline-handle-end"),
    };
  });
  expect(frame, when).toEqual({
    scrollTop: 0,
    headerTop: 0,
    header: true,
    timeline: true,
    play: true,
    presets: true,
    slider: true,
  });
}

/** Nothing of the interface lies over the centre of the map (the sheet shares, never covers). */
async function expectMapCentreClear(page: Page, when: string): Promise<void> {
  const clear = await page.evaluate(() => {
    const r = document.querySelector(".map-canvas")?.getBoundingClientRect();
    if (!r || r.height === 0) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit?.closest(".map-canvas");
  });
  expect(clear, when).toBe(true);
}

async function expectNoSeriousAxe(page: Page, view: string): Promise<void> {
  expect(await seriousAxeViolations(page), view).toEqual([]);
}

/** Taps Previous or Next until the window is the night of 13–14 Nov 2025 (bounded). */
async function scrubToNight(page: Page): Promise<void> {
  const timeline = page.getByRole("region", { name: "Timeline" });
  await timeline.getByRole("button", { name: "Night", exact: true }).tap();
  for (let i = 0; i < 40; i++) {
    const startMs = await page.evaluate(
      () => window.__nearmiss?.store.getState().timeWindow.startMs,
    );
    if (startMs === NIGHT_START_MS) return;
    const name = (startMs ?? 0) > NIGHT_START_MS ? "Previous window" : "Next window";
    await timeline.getByRole("button", { name }).tap();
    await page.waitForFunction(
      (before) => window.__nearmiss?.store.getState().timeWindow.startMs !== before,
      startMs,
    );
  }
  throw new Error("the night of 13–14 Nov 2025 was not reached in 40 steps");
}

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
];

describe("a phone user scrubs to 13–14 Nov 2025 and reads the strike", () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`at ${size}`, async () => {
      const { page } = await openAt("", viewport, { isMobile: true });
      await expectFrame(page, "initially");
      await expectNoSeriousAxe(page, "initial phone view");
      const tabs = page.getByRole("navigation", { name: "Views" });

      await scrubToNight(page);
      const count = page.locator(".timeline-count");
      await expect.poll(() => count.textContent()).toContain(NIGHT_TEXT);
      await expectFrame(page, "after scrubbing to the night");
      // The scrubber's handles are sliders a screen reader can read and move.
      const start = page.getByRole("slider", { name: "Window start" });
      expect(await start.getAttribute("aria-valuetext")).toContain("13 Nov 2025");

      await tabs.getByRole("button", { name: "List" }).tap();
      await page
        .getByRole("button", { name: new RegExp(STRIKE) })
        .first()
        .tap();
      const details = page.getByRole("article");
      await details.waitFor();
      await expect
        .poll(() => details.getByRole("heading", { name: STRIKE }).isVisible())
        .toBe(true);
      expect(await details.textContent()).toContain("14 Nov 2025");
      await expectFrame(page, "after opening the strike");
      await expectMapCentreClear(page, "with the details sheet at half height");
      await screenshot(page, `phone-${size}-details`);
      await expectNoSeriousAxe(page, "details sheet");

      // The sheet's handle: a button that switches half and full height (portrait phones).
      const handle = page.getByRole("button", { name: /Panel at (half|full) height/ });
      if (viewport.width < viewport.height) {
        expect(await handle.getAttribute("aria-expanded")).toBe("false");
        const mapBefore = await page.locator(".map-canvas").boundingBox();
        await handle.tap();
        await expect.poll(() => handle.getAttribute("aria-expanded")).toBe("true");
        await expect
          .poll(async () => (await page.locator(".map-canvas").boundingBox())?.height ?? 0)
          .toBeLessThan((mapBefore?.height ?? 0) / 2);
        await expectFrame(page, "with the sheet at full height");
        await screenshot(page, `phone-${size}-sheet-full`);
        await expectNoSeriousAxe(page, "details sheet at full height");
        // Reading to the end of the details scrolls the sheet only.
        await page.locator(".panel-details").evaluate((el) => {
          el.scrollTop = el.scrollHeight;
        });
        await page.keyboard.press("End");
        await expectFrame(page, "after reading to the end of the details");
        await handle.focus();
        await page.keyboard.press("Enter");
        await expect.poll(() => handle.getAttribute("aria-expanded")).toBe("false");
        await expectFrame(page, "with the sheet back at half height");
      } else {
        // On its side the phone docks the panel beside the map: no handle, the map keeps its width.
        expect(await handle.isVisible()).toBe(false);
        const map = await page.locator(".map-canvas").boundingBox();
        expect(map?.height ?? 0).toBeGreaterThan(120);
      }
      await closePage(page);
    });
  }
});

describe("the bottom sheet and measure by touch (375×812)", () => {
  it("drags the sheet to full and back to half with a finger", async () => {
    const { page } = await openAt(
      "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&strike=kyiv-embassy-compound-hit-2025-11-14",
      { width: 375, height: 812 },
      { isMobile: true },
    );
    const tabs = page.getByRole("navigation", { name: "Views" });
    await tabs.getByRole("button", { name: "Details" }).tap();
    await page.getByRole("article").waitFor();
    const handle = page.getByRole("button", { name: /Panel at (half|full) height/ });
    const grip = async () => {
      const b = await handle.boundingBox();
      if (!b) throw new Error("the sheet's handle is not on screen");
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const from = await grip();
    await touchDrag(page, from, { x: from.x, y: 80 });
    await expect.poll(() => handle.getAttribute("aria-expanded")).toBe("true");
    await expectFrame(page, "after dragging the sheet up");
    const top = await grip();
    await touchDrag(page, top, { x: top.x, y: 500 });
    await expect.poll(() => handle.getAttribute("aria-expanded")).toBe("false");
    await expectFrame(page, "after dragging the sheet down");
    await expectMapCentreClear(page, "after dragging the sheet back to half");
    await closePage(page);
  });

  it("adds points by tapping, drags a vertex by touch, clears", async () => {
    const { page } = await openAt(
      "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00",
      {
        width: 375,
        height: 812,
      },
      { isMobile: true },
    );
    const tabs = page.getByRole("navigation", { name: "Views" });
    await tabs.getByRole("button", { name: "Map" }).tap();
    // An empty stretch of countryside, so taps land on no feature.
    await page.evaluate(() => window.__nearmiss?.map.jumpTo({ center: [31.5, 49.0], zoom: 9 }));
    await settle(page);
    const tools = page.getByRole("toolbar", { name: "Map tools" });
    await tools.getByRole("button", { name: "Measure" }).tap();
    const canvas = await page.locator(".maplibregl-canvas").boundingBox();
    if (!canvas) throw new Error("no map canvas");
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 2;
    const points = () =>
      page.evaluate(() => window.__nearmiss?.store.getState().measurePoints.map((p) => p.lngLat));
    await page.touchscreen.tap(cx - 80, cy + 40);
    await expect.poll(async () => (await points())?.length).toBe(1);
    await page.touchscreen.tap(cx + 80, cy - 40);
    await expect.poll(async () => (await points())?.length).toBe(2);
    const readout = page.getByRole("status", { name: "Measurement" });
    await expect.poll(() => readout.isVisible()).toBe(true);
    await expectFrame(page, "after measuring by tapping");
    await screenshot(page, "phone-375x812-measure");
    await expectNoSeriousAxe(page, "measure on a phone");
    // Drag the second vertex by touch: it moves, and no third point is added.
    const before = (await points())?.[1];
    await settle(page);
    await touchDrag(page, { x: cx + 80, y: cy - 40 }, { x: cx + 20, y: cy - 120 });
    await expect
      .poll(async () => JSON.stringify((await points())?.[1]))
      .not.toBe(JSON.stringify(before));
    expect((await points())?.length).toBe(2);
    await tools.getByRole("button", { name: "Clear" }).tap();
    await expect.poll(async () => (await points())?.length).toBe(0);
    await expectFrame(page, "after clearing the measurement");
    await closePage(page);
  });
});
