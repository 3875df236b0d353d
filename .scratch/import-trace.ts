// scratch: trace the import (click Import → drawn + 1.5 s) and list long main-thread tasks with what ran inside
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
const n = 100000;
const file = join(mkdtempSync(join(tmpdir(), "sp-")), "s.csv");
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
const cdp = await page.context().newCDPSession(page);
const events: any[] = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as any[])));
const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8,gpu,cc,disabled-by-default-devtools.timeline.frame", transferMode: "ReportEvents" });
await page.evaluate(() => performance.mark("click"));
const t0 = Date.now();
await dialog.getByRole("button", { name: "Import", exact: true }).click();
await waitForDrawnStrikes(page, builtin + n);
const drawnMs = Date.now() - t0;
await page.evaluate(() => performance.mark("drawn"));
await page.waitForTimeout(1500);
await cdp.send("Tracing.end"); await complete;
writeFileSync("/tmp/s11/import-trace.json", JSON.stringify(events));
const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
const th = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
const mark = (name: string) => events.find((e) => e.name === name && e.cat?.includes("user_timing"))?.ts;
const c0 = mark("click"); const d0 = mark("drawn");
console.log("drawn", drawnMs, "ms; drawn mark at", ((d0 - c0) / 1000).toFixed(0));
const label = (e: any) => e.name === "FunctionCall" ? `FC ${e.args?.data?.functionName || "?"}@${(e.args?.data?.url || "").split("/").pop()}:${e.args?.data?.lineNumber}` : e.name;
const end = (e: any) => e.ts + e.dur;
for (const task of th.filter((e) => e.name === "ThreadControllerImpl::RunTask" && e.dur > 25000)) {
  const inner = th.filter((e) => e !== task && e.ts >= task.ts && end(e) <= end(task));
  const child = new Map(); const stack: any[] = [];
  for (const e of inner) { while (stack.length && end(stack[stack.length - 1]) <= e.ts) stack.pop(); const p = stack[stack.length - 1]; if (p) child.set(p, (child.get(p) ?? 0) + e.dur); stack.push(e); }
  const self = new Map<string, number>();
  for (const e of inner) { const k = label(e); self.set(k, (self.get(k) ?? 0) + (e.dur - (child.get(e) ?? 0)) / 1000); }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(" | ");
  console.log(`@${((task.ts - c0) / 1000).toFixed(0)} ${(task.dur / 1000).toFixed(0)} ms: ${top}`);
}
await browser.close(); await server.close();
