import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

describe("phone layout (375×812)", () => {
  it("shows the map with a bottom tab bar, and the list and details as a sheet", async () => {
    const { page } = await openApp("", { width: 375, height: 812 }, { isMobile: true });
    await waitForReady(page);
    // Nothing widens the page past the phone: a phone browser would fit the page to its width,
    // shrinking everything, or let it scroll sideways onto blank space.
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0], "page width").toBeLessThanOrEqual(widths[1] ?? 0);
    const tabs = page.getByRole("navigation", { name: "Views" });
    await screenshot(page, "mobile-list");
    const strikes = page.getByRole("list", { name: /Strikes in the window/ }).getByRole("button");
    expect(await strikes.count()).toBeGreaterThan(0);
    await strikes.first().tap();
    const details = page.getByRole("article");
    await details.waitFor();
    expect(await tabs.getByRole("button", { name: "Details" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    // The list is hidden while details show; the map stays visible above the sheet.
    expect(await strikes.first().isVisible()).toBe(false);
    const mapBox = await page.locator(".map-canvas").boundingBox();
    expect(mapBox?.height ?? 0).toBeGreaterThan(250);
    await screenshot(page, "mobile-details");
    await tabs.getByRole("button", { name: "Map" }).tap();
    expect(await details.isVisible()).toBe(false);
    // The map then takes all the room between the header and the (always open) time control.
    const fullMap = await page.locator(".map-canvas").boundingBox();
    expect(fullMap?.height ?? 0).toBeGreaterThan(500);
    await page.context().close();
  });
});
