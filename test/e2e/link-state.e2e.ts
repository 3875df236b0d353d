// Shared links: what a broken link reports, and what a link keeps across a reload.
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, closePage, hashOf, openAt, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

const EMBASSY = "embassy-kyiv";

describe("shared links", () => {
  it("says which parts of a link could not be used, politely, until dismissed", async () => {
    const { page } = await openAt(
      "#from=garbage&to=2025-11-14T06:00+02:00&strike=no-such-strike&units=parsecs",
    );
    const notice = page.locator(".link-notice p[aria-live='polite']");
    await expect
      .poll(() => notice.textContent())
      .toBe(
        "Part of the link could not be used: from (not a date, so to was not used either); " +
          "units (not metric or imperial); " +
          "strike (no strike “no-such-strike” in the data).",
      );
    await screenshot(page, "link-notice");
    // The rest of the app carries on: nothing is selected and the link is rewritten clean.
    expect(await page.getByRole("article").count()).toBe(0);
    await expect.poll(() => hashOf(page)).not.toContain("garbage");
    await page.getByRole("button", { name: "Dismiss the link notice" }).click();
    expect(await notice.textContent()).toBe("");
    await closePage(page);
  });

  it("keeps the window mode and ring radii in the link, and a reload restores them", async () => {
    const { page } = await openAt(`#mission=${EMBASSY}`);
    await page.getByRole("combobox", { name: "Mode" }).selectOption("night");
    const rings = page.getByRole("region", { name: "Range rings" });
    await rings.getByRole("textbox").fill("100, 750, 2 km");
    await rings.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => hashOf(page)).toContain("rings=100,750,2000");
    expect(await hashOf(page)).toContain("mode=night");
    const before = await page.locator(".timeline-count").textContent();

    await page.reload();
    await waitForReady(page);
    await expect
      .poll(() => page.getByRole("combobox", { name: "Mode" }).inputValue())
      .toBe("night");
    const restored = page.getByRole("region", { name: "Range rings" });
    expect(await restored.getByRole("textbox").inputValue()).toBe("100, 750, 2000");
    expect(await restored.getByRole("rowheader").allTextContents()).toEqual([
      "100 m",
      "750 m",
      "2.00 km",
    ]);
    expect(await page.locator(".timeline-count").textContent()).toBe(before);
    expect(await page.locator(".link-notice p").textContent()).toBe("");
    await closePage(page);
  });
});
