// Languages: the interface in Ukrainian and Azerbaijani, chosen by the link, the browser's languages
// or the header switch; dates through Intl in that language; switching keeps the window and selection.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import {
  closeBrowser,
  closePage,
  hashOf,
  openApp,
  screenshot,
  selectionOf,
  waitForReady,
} from "./browser";

afterAll(closeBrowser);

const STRIKE = "kyiv-embassy-compound-hit-2025-11-14";
const NIGHT = "from=2025-11-13T18:00%2B02:00&to=2025-11-14T06:00%2B02:00";
/** The map's ready status as each catalogue words it. */
const READY = { uk: /^Карта готова/, az: /^Xəritə hazırdır/ };

async function readyIn(page: Page, lang: keyof typeof READY): Promise<void> {
  await page.getByRole("status").filter({ hasText: READY[lang] }).waitFor({ timeout: 120_000 });
}
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const details = (page: Page) => page.getByRole("article");

describe("languages", () => {
  it("a Ukrainian link shows the interface, the dates and the site names in Ukrainian", async () => {
    const { page } = await openApp(`#lang=uk&${NIGHT}&strike=${STRIKE}`);
    await readyIn(page, "uk");
    expect(await htmlLang(page)).toBe("uk");
    expect(await page.getByRole("combobox", { name: "Мова" }).inputValue()).toBe("uk");
    await details(page).waitFor();
    const text = (await details(page).textContent()) ?? "";
    // Month names come from Intl in Ukrainian; the site's name from the data's `uk` name.
    expect(text).toMatch(/листопада/);
    expect(text).toContain("Посольство Азербайджанської Республіки в Україні");
    // The time window and the panels are labelled in Ukrainian too.
    expect(await page.getByRole("combobox", { name: "Режим" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Закрити подробиці" }).count()).toBe(1);
    await screenshot(page, "language-uk");
    await closePage(page);
  });

  it("the header switch keeps the window and the selection, is kept in the link and remembered", async () => {
    const { page } = await openApp(`#${NIGHT}&strike=${STRIKE}`);
    await waitForReady(page);
    await details(page).waitFor();
    const count = await page.locator(".timeline-count").textContent();
    expect(count).toMatch(/\d/);
    await page.getByRole("combobox", { name: "Language" }).selectOption("az");
    await expect.poll(() => htmlLang(page)).toBe("az");
    await expect.poll(() => hashOf(page)).toContain("lang=az");
    const hash = await hashOf(page);
    expect(hash).toContain(`strike=${STRIKE}`);
    expect(decodeURIComponent(hash)).toContain("from=2025-11-13T18:00+02:00");
    expect(decodeURIComponent(hash)).toContain("to=2025-11-14T06:00+02:00");
    expect(await selectionOf(page)).toBe(`strike:${STRIKE}`);
    await expect
      .poll(async () => (await details(page).textContent()) ?? "")
      .toMatch(/\b14 noy(abr)? 2025\b/);
    expect(await details(page).textContent()).toContain(
      "Azərbaycan Respublikasının Ukraynadakı Səfirliyi",
    );
    // The same number of strikes in the window, now counted in Azerbaijani.
    const digits = (s: string | null) => (s ?? "").replace(/\D/g, "");
    expect(digits(await page.locator(".timeline-count").textContent())).toBe(digits(count));
    await screenshot(page, "language-az");
    // A link without `lang` opens in the remembered choice.
    await page.goto(page.url().replace(/#.*$/, "#"));
    await readyIn(page, "az");
    expect(await htmlLang(page)).toBe("az");
    expect(await page.getByRole("combobox", { name: "Dil" }).inputValue()).toBe("az");
    await closePage(page);
  });

  it("follows the browser's languages when nothing was chosen", async () => {
    const { page } = await openApp("", undefined, { locale: "uk-UA" });
    await readyIn(page, "uk");
    expect(await htmlLang(page)).toBe("uk");
    await closePage(page);
  });
});
