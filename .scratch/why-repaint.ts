// scratch: after a 100k import, why does the map keep repainting?
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { syntheticCsv } from "../scripts/bench-browser/synthetic-csv";
import { waitForDrawnStrikes } from "../scripts/bench-browser/wait-drawn";
// @ts-expect-error plain
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium.mjs";
// @ts-expect-error plain
import { serveStatic } from "../scripts/serve-static.mjs";
const dist = process.argv[2] ?? "dist";
const n = Number(process.env.N ?? 100000);
const file = join(mkdtempSync(join(tmpdir(), "sp-")), "s.csv");
writeFileSync(file, syntheticCsv(n));
const server = await serveStatic(dist, {});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.goto(server.url);
await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300_000 });
const probe = () => page.evaluate(`(async () => {
  const map = window.__nearmiss.map;
  const info = [];
  let frames = 0;
  const onRender = () => { frames++; info.push({ p: map._placementDirty, s: map._sourcesDirty, st: map._styleDirty, tr: map.style && map.style.hasTransitions(), loaded: map.loaded(), tiles: map.areTilesLoaded(), moving: map.isMoving(), repaint: map._repaint }); };
  map.on("render", onRender);
  await new Promise((r) => setTimeout(r, 3000));
  map.off("render", onRender);
  return { frames, last: info.slice(-3) };
})()`);
console.log("before import", JSON.stringify(await probe()));
await page.evaluate(`(() => {
  const map = window.__nearmiss.map; window.__log = [];
  for (const id of Object.keys(map.getStyle().sources)) { const src = map.getSource(id); if (src && src.setData) { const o = src.setData.bind(src); src.setData = (d) => { window.__log.push([id, Math.round(performance.now()), (d.features || []).length]); return o(d); }; } }
  const origTR = map.triggerRepaint.bind(map); let n = 0; map.triggerRepaint = () => { n++; if (n < 40) window.__log.push(["triggerRepaint", Math.round(performance.now()), new Error().stack.split(String.fromCharCode(10)).slice(2,4).join(" ").slice(0,200)]); return origTR(); };
})()`);
const builtin = await page.evaluate(() => (window as any).__nearmiss?.store.getState().strikes.length ?? 0);
await page.getByRole("button", { name: "Import…" }).first().click();
const dialog = page.getByRole("dialog", { name: "Import data" });
await dialog.getByLabel("Files").setInputFiles(file);
await dialog.getByRole("button", { name: "Import", exact: true }).click();
await waitForDrawnStrikes(page, builtin + n);
console.log("after import", JSON.stringify(await probe()));
console.log(JSON.stringify(await page.evaluate("window.__log"), null, 0));
await page.waitForTimeout(5000);
console.log("5 s later", JSON.stringify(await probe()));
await browser.close(); await server.close();
