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
const events: any[] = [];
cdp.on("Tracing.dataCollected", (e: any) => events.push(...e.value));
const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "toplevel,cc,gpu,devtools.timeline", transferMode: "ReportEvents" });
const t0 = Date.now();
await dialog.getByRole("button", { name: "Import", exact: true }).click();
await page.waitForFunction((want) => {
  const l = (window as any).__nearmiss?.map.getLayer("strike-gl-icons");
  const r = l?.implementation.drawnRange();
  return r !== undefined && r.hi - r.lo === want;
}, builtin + n, { timeout: 300000, polling: "raf" });
console.log("drawn ms", Date.now() - t0);
await cdp.send("Tracing.end"); await complete;
const names = new Map<string, string>();
for (const e of events) if (e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args.name);
const tasks = events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && e.dur > 20000);
const first = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const byThread = new Map<string, number>();
for (const t of events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask")) { const k = names.get(`${t.pid}:${t.tid}`) ?? `${t.pid}:${t.tid}`; byThread.set(k, (byThread.get(k) ?? 0) + t.dur / 1000); }
console.log("busy ms per thread", [...byThread].sort((a,b)=>b[1]-a[1]).slice(0,10).map(([k,v])=>`${k}=${v.toFixed(0)}`).join(" "));
for (const t of tasks.sort((a, b) => a.ts - b.ts)) {
  const th = names.get(`${t.pid}:${t.tid}`) ?? "?";
  if (!/CrRendererMain|DedicatedWorker/.test(th)) continue;
  const kids = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === "X" && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.dur > 5000);
  const desc = kids.sort((a,b)=>b.dur-a.dur).slice(0, 4).map((k) => `${k.name}${k.args?.data?.functionName ? "(" + k.args.data.functionName + ")" : ""}${k.args?.data?.url ? "[" + String(k.args.data.url).split("/").pop() + "]" : ""}:${(k.dur / 1000).toFixed(0)}`).join(", ");
  console.log(`${((t.ts - first) / 1000).toFixed(0).padStart(6)} ${th.slice(0, 16).padEnd(16)} ${(t.dur / 1000).toFixed(0).padStart(5)} ms  ${desc}`);
}
for (const e of events.filter((e) => e.ph === "X" && e.dur > 40000 && /DedicatedWorker/.test(names.get(`${e.pid}:${e.tid}`) ?? "")).sort((a,b)=>a.ts-b.ts)) console.log("W", ((e.ts - first) / 1000).toFixed(0), e.name, (e.dur/1000).toFixed(0), e.args?.data?.functionName ?? "", String(e.args?.data?.url ?? "").split("/").pop());
await browser.close(); await server.close();
