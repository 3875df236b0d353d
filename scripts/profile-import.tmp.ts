import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
// @ts-expect-error
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
// @ts-expect-error
import { serveStatic } from "./serve-static.mjs";
const n = Number(process.argv[2] ?? 30000);
function syntheticCsv(n: number): string {
  const lines = ["id,time,lat,lon,name,weapon,link"];
  let seed = 42;
  const rnd = () => { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return seed / 2_147_483_648; };
  const startMs = Date.parse("2024-01-01T00:00:00Z");
  for (let i = 0; i < n; i++) {
    const t = new Date(startMs + Math.floor(rnd() * 730 * 86_400_000));
    lines.push(`s${i},${t.toISOString().slice(0, 16)}Z,${(50.3 + rnd() * 0.3).toFixed(5)},${(30.3 + rnd() * 0.5).toFixed(5)},Synthetic ${i},drone,https://example.org/${i}`);
  }
  return `${lines.join("\n")}\n`;
}
const file = `/tmp/perf10/syn-${n}.csv`;
writeFileSync(file, syntheticCsv(n));
const server = await serveStatic(process.env.DIST ?? "dist", {});
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);
await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300000 });
const builtin = await page.evaluate(() => (window as any).__nearmiss.store.getState().strikes.length);
await page.getByRole("button", { name: "Import…" }).first().click();
const dialog = page.getByRole("dialog", { name: "Import data" });
await dialog.getByLabel("Files").setInputFiles(file);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
const t0 = Date.now();
await dialog.getByRole("button", { name: "Import", exact: true }).click();
await page.waitForFunction((want) => {
  const l = (window as any).__nearmiss?.map.getLayer("strike-gl-icons");
  const r = l?.implementation.drawnRange();
  return r !== undefined && r.hi - r.lo === want;
}, builtin + n, { timeout: 300000, polling: "raf" });
console.log("drawn ms", Date.now() - t0);
await new Promise((r) => setTimeout(r, 1000));
const { profile } = await cdp.send("Profiler.stop");
writeFileSync("/tmp/perf10/main.cpuprofile", JSON.stringify(profile));
await browser.close(); await server.close();
