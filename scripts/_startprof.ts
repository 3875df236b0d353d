import { chromium } from "playwright-core";
// @ts-expect-error
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
// @ts-expect-error
import { serveStatic } from "./serve-static.mjs";
import { startCpuProfile, stopCpuProfile } from "./bench-browser/cpu-profile";
const server = await serveStatic(process.argv[2] ?? "/tmp/dist-dev", {});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (let run = 0; run < 2; run++) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await startCpuProfile(cdp, 200);
  const t0 = Date.now();
  await page.goto(server.url);
  await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300_000 });
  console.log("ready ms", Date.now() - t0);
  const lines = await stopCpuProfile(cdp, 45);
  if (run === 1) console.log(lines.join("\n"));
  await page.context().close();
}
await browser.close(); await server.close();
