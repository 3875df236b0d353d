// Timeline controls beyond the brush: event markers as touch targets, the exact-time fields.
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, closePage, hashOf, openAt, openOnPhone, PHONE, screenshot } from "./browser";

afterAll(closeBrowser);

describe("event markers on a phone (375×812)", () => {
  it("each marker is a 44×44 px target with a small diamond, and targets do not overlap", async () => {
    const { page } = await openOnPhone();
    // On phones the markers and exact times sit behind "More" in the always-open time control.
    await page.getByRole("button", { name: "More", exact: true }).tap();
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
    await screenshot(page, "phone-event-markers");
    await closePage(page);
  });
});

describe("exact-time fields", () => {
  it("show and read the app's zone as YYYY-MM-DD HH:MM, and refuse what they cannot read", async () => {
    const { page } = await openAt("#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00");
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
    await screenshot(page, "desktop-exact-invalid");
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
    await expect.poll(() => hashOf(page)).toContain("from=2025-11-13T22:00+02:00");
    expect(await hashOf(page)).toContain("tz=utc");
    await screenshot(page, "desktop-timeline");
    await closePage(page);
  });

  it("fit a phone screen (375×812)", async () => {
    const { page } = await openOnPhone();
    // On phones the markers and exact times sit behind "More" in the always-open time control.
    await page.getByRole("button", { name: "More", exact: true }).tap();
    const from = page.getByRole("textbox", { name: "From (Kyiv time)" });
    await from.waitFor({ state: "visible" });
    const box = await from.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    expect(await from.evaluate((el) => getComputedStyle(el).fontSize)).toBe("16px");
    await screenshot(page, "phone-timeline");
    await closePage(page);
  });
});
