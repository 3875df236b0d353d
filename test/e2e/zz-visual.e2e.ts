import { afterAll, it } from "vitest";
import { closeBrowser, openApp, waitForReady } from "./browser";

afterAll(closeBrowser);
const TAG = process.env.SHOT_TAG ?? "x";
for (const [w, h] of [
  [1280, 800],
  [375, 812],
] as const) {
  it(`shots ${w}`, async () => {
    const { page } = await openApp(
      "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&mission=embassy-kyiv",
      { width: w, height: h },
    );
    await waitForReady(page);
    await page.screenshot({ path: `/tmp/cite12/${TAG}-${w}.png` });
    await page.locator(".legend").first().screenshot({ path: `/tmp/cite12/${TAG}-${w}-legend.png` }).catch(() => {});
    await page.locator(".timeline").first().screenshot({ path: `/tmp/cite12/${TAG}-${w}-timeline.png` }).catch(() => {});
    await page.locator(".panel-details").first().screenshot({ path: `/tmp/cite12/${TAG}-${w}-details.png` }).catch(() => {});
    await page.context().close();
  }, 200_000);
}
