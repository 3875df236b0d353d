import { afterAll, it } from "vitest";
import { closeBrowser, closePage, openAt, screenshot, select } from "./browser";

afterAll(closeBrowser);
const NIGHT = "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00";
for (const v of [
  { width: 375, height: 812 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
]) {
  it(`shots ${v.width}`, async () => {
    const { page } = await openAt(NIGHT, v, { isMobile: true });
    await screenshot(page, `scratch-${v.width}-initial`);
    await select(page, "strike", "kyiv-embassy-compound-hit-2025-11-14");
    await page.evaluate(() => window.__nearmiss?.store.getState().setPanelTab("details"));
    await page.getByRole("article").waitFor();
    await screenshot(page, `scratch-${v.width}-details`);
    await closePage(page);
  });
}
