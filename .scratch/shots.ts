// scratch: screenshots of a built dist at two viewports and some link states
import { chromium } from "playwright-core";
// @ts-expect-error plain
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium.mjs";
// @ts-expect-error plain
import { serveStatic } from "../scripts/serve-static.mjs";
const dist = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "/tmp/s11/shots";
const states = (process.argv[4] ?? "|#map=6.2/49.0/32.0&from=2024-01-01T00:00+02:00&to=2025-12-31T00:00+02:00").split("|");
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [w, h] of [[1280, 800], [375, 812]]) {
  for (const [i, s] of states.entries()) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, serviceWorkers: "block" });
    const page = await ctx.newPage();
    await page.goto(server.url + s);
    await page.waitForFunction(() => performance.getEntriesByName('nearmiss:ready').length > 0, null, { timeout: 120000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}-${w}-${i}.png` });
    await ctx.close();
  }
}
await browser.close(); await server.close();
