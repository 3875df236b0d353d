// The map canvas's keyboard focus ring: drawn inside the clipped map container, amber (#ffb300).
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, closePage, countPixels, openAt, screenshot } from "./browser";

afterAll(closeBrowser);

/** The focus-ring amber (#ffb300) with some tolerance for anti-aliasing. */
const AMBER = {
  min: [236, 161, 0] as [number, number, number],
  max: [256, 200, 40] as [number, number, number],
};

describe("map keyboard focus", () => {
  it("draws a visible focus ring inside the map when the canvas has keyboard focus", async () => {
    const { page } = await openAt();
    const region = await page.locator(".map-canvas").boundingBox();
    if (!region) throw new Error("no map container");
    const edge = { x: region.x, y: region.y + 60, width: 6, height: 200 };
    expect(await countPixels(page, edge, AMBER)).toBe(0);
    let focused = false;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(
        () => document.activeElement?.classList.contains("maplibregl-canvas") ?? false,
      );
    }
    expect(focused).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.matches(":focus-visible") ?? false),
    ).toBe(true);
    // The ring lies inside the clipping container: its left edge strip is now amber.
    const amber = await countPixels(page, edge, AMBER);
    expect(amber).toBeGreaterThanOrEqual(3 * 200 * 0.9);
    await screenshot(page, "map-focus");
    await closePage(page);
  });
});
