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
await new Promise((r) => setTimeout(r, 1500));
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((nd: any) => [nd.id, nd]));
const self = new Map<number, number>();
const dts = profile.timeDeltas!;
profile.samples!.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dts[i] ?? 0)));
const agg = new Map<string, number>();
for (const [id, us] of self) {
  const nd: any = byId.get(id); const cf = nd.callFrame;
  const k = `${cf.functionName || "(anon)"} ${cf.url.split("/").pop()}:${cf.lineNumber}`;
  agg.set(k, (agg.get(k) ?? 0) + us);
}
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join("\n"));
// inclusive for selected names
const parent = new Map<number, number>();
for (const nd of profile.nodes as any[]) for (const c of nd.children ?? []) parent.set(c, nd.id);
const incl = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>(); let cur: number | undefined = id;
  while (cur !== undefined) { const cf = (byId.get(cur) as any).callFrame; const k = `${cf.functionName || "(anon)"} ${cf.url.split("/").pop()}:${cf.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + us); } cur = parent.get(cur); }
}
console.log("--- inclusive");
console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join("\n"));
await browser.close(); await server.close();
