// scratch: import 100k via UI, then CPU-profile the merged scrub
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { scrubMerged } from "../scripts/bench-browser/scrub-merged";
import { grabWeekWindow, timedDrag } from "../scripts/bench-browser/timeline-drag";
import { readFileSync } from "node:fs";
import { syntheticCsv } from "../scripts/bench-browser/synthetic-csv";
import { waitForDrawnStrikes } from "../scripts/bench-browser/wait-drawn";
// @ts-expect-error plain
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium.mjs";
// @ts-expect-error plain
import { serveStatic } from "../scripts/serve-static.mjs";
const dist = process.argv[2] ?? "dist";
const outProf = process.argv[3] ?? "/tmp/s11/scrub.cpuprofile";
const n = 100000;
const dir = mkdtempSync(join(tmpdir(), "sp-"));
const file = join(dir, "s.csv");
writeFileSync(file, syntheticCsv(n));
const server = await serveStatic(dist, {});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.goto(server.url);
await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300_000 });
const builtin = await page.evaluate(() => (window as any).__nearmiss?.store.getState().strikes.length ?? 0);
await page.getByRole("button", { name: "Import…" }).first().click();
const dialog = page.getByRole("dialog", { name: "Import data" });
await dialog.getByLabel("Files").setInputFiles(file);
await dialog.getByRole("button", { name: "Import", exact: true }).click();
await waitForDrawnStrikes(page, builtin + n);
await page.waitForTimeout(Number(process.env.WAIT_MS ?? 2000));
if (process.env.TIMES) {
  await page.keyboard.press("Escape");
  await page.evaluate(readFileSync("scripts/bench-browser/probe.page.js", "utf8"));
  const domain = await page.evaluate(() => (window as any).__bench.domain());
  const g = await grabWeekWindow(page, domain.startMs);
  const t0 = Date.now();
  const times = await timedDrag(page, g, 100);
  console.log("times", times.map((t) => Math.round(t)).join(" "), "total", Date.now() - t0);
  process.exit(0);
}
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
const s = await scrubMerged(page);
const { profile } = await cdp.send("Profiler.stop");
writeFileSync(outProf, JSON.stringify(profile));
console.log(JSON.stringify(s));
await browser.close(); await server.close();
