// scratch: merged scrub over the dense (imported) years only, with optional page tweaks (MODE)
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { syntheticCsv } from "../scripts/bench-browser/synthetic-csv";
import { grabWeekWindow, timedDrag } from "../scripts/bench-browser/timeline-drag";
import { waitForDrawnStrikes } from "../scripts/bench-browser/wait-drawn";
// @ts-expect-error plain
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium.mjs";
// @ts-expect-error plain
import { serveStatic } from "../scripts/serve-static.mjs";
const dist = process.argv[2] ?? "dist";
const modes = (process.argv[3] ?? "plain").split(",");
const n = 100000;
const file = join(mkdtempSync(join(tmpdir(), "sp-")), "s.csv");
writeFileSync(file, syntheticCsv(n));
const server = await serveStatic(dist, {});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
for (const mode of modes) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(server.url);
  await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300_000 });
  const builtin = await page.evaluate(() => (window as any).__nearmiss?.store.getState().strikes.length ?? 0);
  await page.getByRole("button", { name: "Import…" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Import data" });
  await dialog.getByLabel("Files").setInputFiles(file);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await waitForDrawnStrikes(page, builtin + n);
  await page.waitForTimeout(3000);
  await page.keyboard.press("Escape");
  await page.evaluate(readFileSync("scripts/bench-browser/probe.page.js", "utf8"));
  if (mode.includes("nopanel")) await page.evaluate(() => { for (const el of document.querySelectorAll<HTMLElement>("aside, .side-panel, [role=complementary]")) el.style.display = "none"; });
  if (mode.includes("cull")) await page.evaluate(() => (window as any).__nearmiss.map.getLayer("strike-gl-icons").implementation.setCullFrom(1));
  const g = await grabWeekWindow(page, Date.UTC(2024, 0, 5));
  const times = await timedDrag(page, g, 50);
  await page.mouse.up();
  await page.evaluate(() => (window as any).__bench.settle());
  await page.evaluate(() => (window as any).__bench.setStrikeLayersVisible(false));
  const base = await page.evaluate(() => (window as any).__bench.idleFrame(10));
  await page.evaluate(() => (window as any).__bench.setStrikeLayersVisible(true));
  await page.screenshot({ path: `/tmp/s11/ab-${mode}.png` });
  console.log(`${mode}: n=${times.length} median ${q(times, 0.5).toFixed(0)} p95 ${q(times, 0.95).toFixed(0)} base ${base.toFixed(0)} | ${times.map(Math.round).join(" ")}`);
  await page.context().close();
}
await browser.close(); await server.close();
