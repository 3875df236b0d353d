import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

const PHONE = { width: 375, height: 812 };
const EMBASSY = "embassy-kyiv";

/** Pixels of a page region that are the focus-ring amber (#ffb300), decoded in the page itself. */
async function amberPixels(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const png = (await page.screenshot({ clip })).toString("base64");
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d");
    if (!ctx) return -1;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [px[i], px[i + 1], px[i + 2]];
      if (r > 235 && g > 160 && g < 200 && b < 40) n++;
    }
    return n;
  }, png);
}

describe("event markers on a phone (375×812)", () => {
  it("each marker is a 44×44 px target with a small diamond, and targets do not overlap", async () => {
    const { page } = await openApp("", PHONE, { isMobile: true });
    await waitForReady(page);
    await page.getByRole("button", { name: "Timeline" }).tap();
    const markers = page.getByRole("list", { name: "Diplomatic events" }).getByRole("button");
    await markers.first().waitFor({ state: "visible" });
    const boxes = await markers.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const diamond = getComputedStyle(el, "::before");
        return {
          x: r.x,
          width: r.width,
          height: r.height,
          diamondPx: Number.parseFloat(diamond.width),
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) {
      expect(b.width).toBeGreaterThanOrEqual(44);
      expect(b.height).toBeGreaterThanOrEqual(44);
      expect(b.diamondPx).toBeLessThanOrEqual(14);
    }
    const xs = boxes.map((b) => b.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(44);
    // Playwright's own box of the first marker agrees.
    const first = await markers.first().boundingBox();
    expect(first?.width).toBeGreaterThanOrEqual(44);
    expect(first?.height).toBeGreaterThanOrEqual(44);
    await markers.first().tap();
    await page.getByRole("dialog").waitFor();
    await screenshot(page, "leftovers-phone-event-markers");
    await page.context().close();
  });
});

describe("exact-time fields", () => {
  it("show and read the app's zone as YYYY-MM-DD HH:MM, and refuse what they cannot read", async () => {
    const { page } = await openApp("#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00");
    await waitForReady(page);
    const form = page.getByRole("form", { name: "Exact window" });
    const from = form.getByRole("textbox", { name: "From (Kyiv time)" });
    const to = form.getByRole("textbox", { name: "To (Kyiv time)" });
    expect(await from.inputValue()).toBe("2025-11-13 18:00");
    expect(await to.inputValue()).toBe("2025-11-14 06:00");
    expect(await form.textContent()).toContain("Kyiv time (UTC+02:00)");

    await from.fill("13.11.2025 18:00");
    await from.press("Enter");
    expect(await from.getAttribute("aria-invalid")).toBe("true");
    const alert = form.getByRole("alert");
    expect(await alert.textContent()).toContain("From is not a time: type it as YYYY-MM-DD HH:MM");
    await screenshot(page, "leftovers-desktop-exact-invalid");
    await from.press("Escape");
    expect(await from.inputValue()).toBe("2025-11-13 18:00");

    await page.getByRole("combobox", { name: "Times" }).selectOption("utc");
    const fromUtc = form.getByRole("textbox", { name: "From (UTC)" });
    expect(await fromUtc.inputValue()).toBe("2025-11-13 16:00");
    await fromUtc.fill("2025-11-13 20:00");
    await form.getByRole("textbox", { name: "To (UTC)" }).fill("2025-11-14 04:00");
    await form.getByRole("button", { name: "Set", exact: true }).click();
    await expect
      .poll(() => page.locator(".timeline-count").textContent())
      .toContain("13 Nov 2025 20:00 – 14 Nov 2025 04:00 (UTC)");
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toContain("from=2025-11-13T22:00+02:00");
    expect(await page.evaluate(() => location.hash)).toContain("tz=utc");
    await screenshot(page, "leftovers-desktop-timeline");
    await page.context().close();
  });

  it("fit a phone screen (375×812)", async () => {
    const { page } = await openApp("", PHONE, { isMobile: true });
    await waitForReady(page);
    await page.getByRole("button", { name: "Timeline" }).tap();
    await page.getByRole("button", { name: "Exact times" }).tap();
    const from = page.getByRole("textbox", { name: "From (Kyiv time)" });
    await from.waitFor({ state: "visible" });
    const box = await from.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    expect(await from.evaluate((el) => getComputedStyle(el).fontSize)).toBe("16px");
    await screenshot(page, "leftovers-phone-timeline");
    await page.context().close();
  });
});

describe("shared links", () => {
  it("says which parts of a link could not be used, politely, until dismissed", async () => {
    const { page } = await openApp(
      "#from=garbage&to=2025-11-14T06:00+02:00&strike=no-such-strike&units=parsecs",
    );
    await waitForReady(page);
    const notice = page.locator(".link-notice p[aria-live='polite']");
    await expect
      .poll(() => notice.textContent())
      .toBe(
        "Part of the link could not be used: from (not a date, so to was not used either); " +
          "units (not metric or imperial); " +
          "strike (no strike “no-such-strike” in the data).",
      );
    await screenshot(page, "leftovers-link-notice");
    // The rest of the app carries on: nothing is selected and the link is rewritten clean.
    expect(await page.getByRole("article").count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain("garbage");
    await page.getByRole("button", { name: "Dismiss the link notice" }).click();
    expect(await notice.textContent()).toBe("");
    await page.context().close();
  });

  it("keeps the window mode and ring radii in the link, and a reload restores them", async () => {
    const { page } = await openApp(`#mission=${EMBASSY}`);
    await waitForReady(page);
    await page.getByRole("combobox", { name: "Mode" }).selectOption("night");
    const rings = page.getByRole("region", { name: "Range rings" });
    await rings.getByRole("textbox").fill("100, 750, 2 km");
    await rings.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("rings=100,750,2000");
    expect(await page.evaluate(() => location.hash)).toContain("mode=night");
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
    await page.context().close();
  });
});

describe("map keyboard focus", () => {
  it("draws a visible focus ring inside the map when the canvas has keyboard focus", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    const region = await page.locator(".map-canvas").boundingBox();
    if (!region) throw new Error("no map container");
    const edge = { x: region.x, y: region.y + 60, width: 6, height: 200 };
    expect(await amberPixels(page, edge)).toBe(0);
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
    const amber = await amberPixels(page, edge);
    expect(amber).toBeGreaterThanOrEqual(3 * 200 * 0.9);
    await screenshot(page, "leftovers-map-focus");
    await page.context().close();
  });
});
