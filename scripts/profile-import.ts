/**
 * `npm run bench:import-profile [-- --n=100000] [-- --dist=dist]` — where an import's time goes.
 * Diagnostic companion of bench-import-browser.ts (same synthetic CSV and UI path): records a
 * Chromium trace and a main-thread CPU profile of one import, and prints a timeline of the main
 * thread's long tasks (with the functions they spent most time in) and each thread's busy time.
 * Build without minifying for readable names: `npx vite build --minify false --outDir /tmp/d`;
 * `--trace=file.json` also writes the raw trace (open it in chrome://tracing or Perfetto), and
 * `--cpuprofile=file.cpuprofile` the main thread's CPU profile (DevTools opens it);
 * `--cpu-throttle=N` slows the page's CPU N×; `--min-ms=N` lists tasks over N ms (default 30).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { syntheticCsv } from "./bench-browser/synthetic-csv";
import { waitForDrawnStrikes } from "./bench-browser/wait-drawn";
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
// @ts-expect-error plain ESM helper without types
import { serveStatic } from "./serve-static.mjs";

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const n = Number(arg("n") ?? 100_000);
const distDir = arg("dist") ?? "dist";
const ms = (us: number) => Math.round(us / 1000);
/** `--cpu-throttle=N`: the page's CPU slowed N× (as in bench-import-browser.ts). */
const throttle = Number(arg("cpu-throttle") ?? 1);
/** `--min-ms=N`: main-thread tasks longer than this are listed (default 30). */
const minMs = Number(arg("min-ms") ?? 30);

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "nearmiss-profile-"));
  const file = join(dir, `synthetic-${n}.csv`);
  writeFileSync(file, syntheticCsv(n));
  const server = await serveStatic(distDir, {});
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await page.goto(server.url);
    await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300_000 });
    const builtin = await page.evaluate(
      () => window.__nearmiss?.store.getState().strikes.length ?? 0,
    );
    await page.getByRole("button", { name: "Import…" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Import data" });
    await dialog.getByLabel("Files").setInputFiles(file);
    const cdp = await page.context().newCDPSession(page);
    const events: Ev[] = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as Ev[])));
    const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
    if (throttle !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Tracing.start", {
      categories: "toplevel,devtools.timeline,blink.user_timing,v8",
      transferMode: "ReportEvents",
    });
    await cdp.send("Profiler.start");
    const t0 = Date.now();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await waitForDrawnStrikes(page, builtin + n);
    const drawnMs = Date.now() - t0;
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
    };
    await cdp.send("Tracing.end");
    await complete;
    if (arg("trace")) writeFileSync(arg("trace") as string, JSON.stringify(events));
    if (arg("cpuprofile")) writeFileSync(arg("cpuprofile") as string, JSON.stringify(profile));
    console.log(`drop → drawn ${drawnMs} ms`);
    // Threads' busy time (top-level tasks).
    const names = new Map<string, string>();
    for (const e of events)
      if (e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "?");
    const busy = new Map<string, number>();
    const tasks = events.filter(
      (e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && e.dur,
    );
    for (const e of tasks) {
      const k = `${e.pid}:${e.tid}`;
      busy.set(k, (busy.get(k) ?? 0) + (e.dur ?? 0));
    }
    const start = Math.min(...tasks.map((e) => e.ts));
    console.log(
      "busy per thread (ms):",
      [...busy]
        .filter(([, v]) => v > 20_000)
        .map(([k, v]) => `${names.get(k) ?? k} ${ms(v)}`)
        .join("; "),
    );
    // Profile: sample → node; timestamps.
    const byId = new Map(profile.nodes.map((nd) => [nd.id, nd] as const));
    const parent = new Map<number, number>();
    for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    const sampleTimes: number[] = [];
    let t = profile.startTime;
    for (const d of profile.timeDeltas) {
      t += d;
      sampleTimes.push(t);
    }
    const label = (id: number) => {
      const f = byId.get(id)?.callFrame;
      return f ? `${f.functionName || "(anon)"}@${f.url.split("/").pop()}:${f.lineNumber}` : "?";
    };
    const mainKey = [...names].find(([, v]) => v === "CrRendererMain")?.[0];
    // The import worker's own User Timing measures ("import read and parse", "… sort", "… send").
    const opened = new Map<string, number>();
    for (const e of events
      .filter((x) => x.name.startsWith("import "))
      .sort((a, b) => a.ts - b.ts)) {
      const key = `${e.name}:${e.pid}:${e.tid}`;
      if (e.ph === "b") opened.set(key, e.ts);
      else if (e.ph === "e" && opened.has(key))
        console.log(
          `worker: ${e.name.slice(7)} ${ms(e.ts - (opened.get(key) as number))} ms, ending @${ms(e.ts - start)}`,
        );
      else if (e.ph === "X") console.log(`worker: ${e.name.slice(7)} ${ms(e.dur ?? 0)} ms`);
    }
    const long = tasks.filter(
      (e) => `${e.pid}:${e.tid}` === mainKey && (e.dur ?? 0) > minMs * 1000,
    );
    console.log(
      `main-thread tasks > ${minMs} ms: ${long.length}, total ${ms(long.reduce((s, e) => s + (e.dur ?? 0), 0))} ms`,
    );
    for (const task of long) {
      const self = new Map<string, number>();
      const incl = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const st = sampleTimes[i] as number;
        if (st < task.ts || st > task.ts + (task.dur ?? 0)) return;
        const dt = profile.timeDeltas[i + 1] ?? 500;
        self.set(label(id), (self.get(label(id)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
          const l = label(c);
          if (!seen.has(l)) {
            seen.add(l);
            incl.set(l, (incl.get(l) ?? 0) + dt);
          }
        }
      });
      const top = (m: Map<string, number>, k: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, k)
          .map(([l, v]) => `${l} ${ms(v)}`)
          .join(", ");
      console.log(`@${ms(task.ts - start)} ${ms(task.dur ?? 0)} ms | self: ${top(self, 5)}`);
      console.log(`      incl: ${top(incl, 10)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
