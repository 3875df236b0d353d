// scratch: import 100k via UI, then trace each timed move of the merged scrub and break it down
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { syntheticCsv } from "../scripts/bench-browser/synthetic-csv";
import { grabWeekWindow } from "../scripts/bench-browser/timeline-drag";
import { waitForDrawnStrikes } from "../scripts/bench-browser/wait-drawn";
// @ts-expect-error plain
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium.mjs";
// @ts-expect-error plain
import { serveStatic } from "../scripts/serve-static.mjs";
const dist = process.argv[2] ?? "dist";
const n = Number(process.env.N ?? 100000);
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
await page.waitForTimeout(3000);
await page.keyboard.press("Escape");
await page.evaluate(readFileSync("scripts/bench-browser/probe.page.js", "utf8"));
const domain = await page.evaluate(() => (window as any).__bench.domain());
const g = await grabWeekWindow(page, domain.startMs);
const cdp = await page.context().newCDPSession(page);
const events: any[] = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as any[])));
const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8,gpu,cc", transferMode: "ReportEvents" });
const steps = 100; const times: { i: number; ms: number }[] = [];
for (let i = 1; i <= steps; i++) {
  const measured = page.evaluate((k) => { performance.mark(`move-${k}`); return (window as any).__bench.armInput(); }, i);
  await page.mouse.move(g.startX + (g.travel * i) / steps, g.y);
  try { times.push({ i, ms: await measured }); } catch {}
}
await page.mouse.up();
await cdp.send("Tracing.end"); await complete;
writeFileSync("/tmp/s11/scrub-trace.json", JSON.stringify(events));
const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
const th = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
const marks = new Map<number, number>();
for (const e of events) { const m = /^move-(\d+)$/.exec(e.name ?? ""); if (m && e.cat?.includes("user_timing")) marks.set(Number(m[1]), e.ts); }
console.log("times", times.map((t) => `${t.i}:${Math.round(t.ms)}`).join(" "));
const label = (e: any) => e.name === "FunctionCall" ? `FC ${e.args?.data?.functionName || "?"}@${(e.args?.data?.url || "").split("/").pop()}:${e.args?.data?.lineNumber}` : e.name;
for (const t of times) {
  const t0 = marks.get(t.i); if (t0 === undefined) continue;
  const t1 = t0 + t.ms * 1000;
  const inner = th.filter((e) => e.ts >= t0 && e.ts < t1);
  const end = (e: any) => e.ts + e.dur; const child = new Map(); const stack: any[] = [];
  for (const e of inner) { while (stack.length && end(stack[stack.length - 1]) <= e.ts) stack.pop(); const p = stack[stack.length - 1]; if (p) child.set(p, (child.get(p) ?? 0) + e.dur); stack.push(e); }
  const self = new Map<string, number>();
  for (const e of inner) { const k = label(e); self.set(k, (self.get(k) ?? 0) + (e.dur - (child.get(e) ?? 0)) / 1000); }
  const top = [...self].filter(([k]) => k !== "ThreadControllerImpl::RunTask").sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(" | ");
  console.log(`move ${t.i} ${Math.round(t.ms)} ms: ${top}`);
}
await browser.close(); await server.close();
