/**
 * `npm run bench:browser [-- --json] [-- --sizes=10000,100000] [-- --steps=200] [-- --dist=dist]`
 *
 * Browser benchmark of the time slider. Needs the built app: run `npm run build` first (it reads
 * dist/). For each size it writes a synthetic strikes file (scripts/synthetic-strikes.ts, never the
 * default data) to a temp dir, serves dist/ with that dir mounted, opens the app in Debian's
 * Chromium with `?strikes=…`, and measures:
 * - scrub: a 7-day window dragged with the mouse across the history in `steps` moves; for each move,
 *   the time from the pointer event to the first painted frame that shows the new window (settled
 *   `idle` + a 1-pixel readback that waits for the GPU), median and p95;
 * - base frame: the idle frame of the same view with the strike layers hidden (the floor);
 * - all frame: the idle frame with the "All" window;
 * - longest main-thread task (PerformanceObserver "longtask") and longest script (LoAF) while scrubbing.
 * Each size runs twice: unfiltered, then with filters on (`FILTERS`: one weapon class and one
 * location precision hidden; the synthetic strikes are all low confidence), and the table gives
 * the filtered scrub p95 over the unfiltered one. `--no-filtered` skips the filtered pass.
 * With `--json` the last line is one JSON object (keys like `scrubP95Ms100k`, `scrubP95Ms100kFiltered`).
 *
 * `--gpu-compositing` launches Chromium without `--disable-gpu` and with ANGLE on SwiftShader, so the
 * compositor takes the WebGL canvas as a texture (as on a machine with a GPU) instead of reading it
 * back on the main thread after every frame. The default is the project's standard launch.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { toIsoMinute } from "../src/lib/iso-time";
import { startCpuProfile, stopCpuProfile } from "./bench-browser/cpu-profile";
import { grabWeekWindow, timedDrag } from "./bench-browser/timeline-drag";
import {
  longest,
  splitLongTasks,
  type TaskSplit,
  type TraceEvent,
} from "./bench-browser/trace-tasks";
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
// @ts-expect-error plain ESM helper without types
import { serveStatic } from "./serve-static.mjs";
import { syntheticStrikeCollection } from "./synthetic-strikes";

const args = process.argv.slice(2);
const json = args.includes("--json");
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const sizes = (arg("sizes") ?? "10000,100000").split(",").map(Number);
const steps = Number(arg("steps") ?? 200);
/** The built app to serve (default dist/; another dir avoids racing other builds). */
const distDir = arg("dist") ?? "dist";
/** Skips the "All" window (for comparing update strategies that cannot draw 100k at once). */
const skipAll = args.includes("--skip-all");
const gpuCompositing = args.includes("--gpu-compositing");
/** `--profile`: also CPU-profile the traced drag and print where its script time went. */
const profileDrag = args.includes("--profile");
/**
 * `--trace=prefix`: writes each traced pass's raw events to `prefix.N.json` (Perfetto opens them),
 * and with `--profile` its CPU profile to `prefix.N.cpuprofile` (DevTools opens it).
 */
let tracesWritten = 0;
/** Link keys of the filtered case: drones and city-precision strikes hidden (about a third). */
const FILTERS = "&hideWeapon=drone&hidePrecision=city";
const cases = args.includes("--no-filtered") ? [""] : ["", FILTERS];
const launchArgs: string[] = gpuCompositing
  ? [...CHROMIUM_ARGS.filter((a: string) => a !== "--disable-gpu"), "--use-angle=swiftshader"]
  : CHROMIUM_ARGS;
const DAY = 86_400_000;
/** The in-page helpers, sent as source text (see bench-browser/probe.page.js). */
const PROBE = readFileSync(new URL("./bench-browser/probe.page.js", import.meta.url), "utf8");

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;
const log = (...a: unknown[]) => console.error(...a);

/** Time between the traced drag's moves: a steady drag, well inside the window's 300 ms rest. */
const DRAG_STEP_MS = 100;
/** How long the traced rest holds still (the rest starts 300 ms after the last move). */
const REST_TRACE_MS = 1500;

interface SizeResult {
  readonly scrubMedianMs: number;
  readonly scrubP95Ms: number;
  readonly baseFrameMs: number;
  readonly allFrameMs: number;
  readonly longestTaskMs: number;
  readonly longTaskCount: number;
  /**
   * Longest script (LoAF) in the traced pass. The timed pass's figure is not used: the probe's
   * pixel readback runs in a microtask of MapLibre's frame callback and would count as its script.
   */
  readonly longestScriptMs: number | null;
  readonly stepsMeasured: number;
  readonly windowCheck: string;
  readonly loadMs: number;
  /** Click on "All" → the first frame painted with it (includes React re-rendering the list). */
  readonly allPaintedMs: number;
  /** Long tasks of a traced scrub, split into the compositor's canvas readback and own work. */
  readonly tracedScrub: TaskSplit;
  /** The same split for idle repaints with the strike layers hidden (the floor's tasks). */
  readonly tracedBase: TaskSplit;
  /** The same split for the rest after the drag (the work that waits for the window to rest). */
  readonly tracedRest: TaskSplit;
}

/** Trace categories for `splitLongTasks`: tasks (toplevel), DoUpdateLayers (cc), ReadPixels (gpu). */
const TRACE_CATEGORIES = "toplevel,cc,gpu,devtools.timeline";

/** Runs `during` with Chromium tracing on; the renderer main thread's long tasks, split. */
async function tracedTasks(page: Page, during: () => Promise<void>): Promise<TaskSplit[]> {
  const cdp = await page.context().newCDPSession(page);
  const traceOut = arg("trace");
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: TRACE_CATEGORIES, transferMode: "ReportEvents" });
  if (profileDrag) await startCpuProfile(cdp);
  await during();
  if (profileDrag) {
    const saveTo = traceOut ? `${traceOut}.${tracesWritten}.cpuprofile` : undefined;
    log((await stopCpuProfile(cdp, 15, saveTo)).join("\n"));
  }
  await cdp.send("Tracing.end");
  await complete;
  await cdp.detach();
  if (traceOut) writeFileSync(`${traceOut}.${tracesWritten++}.json`, JSON.stringify(events));
  return splitLongTasks(events);
}

async function benchSize(page: Page, n: number, startedMs: number): Promise<SizeResult> {
  const phase = (what: string) =>
    log(`  ${n}: ${what} (${round((Date.now() - startedMs) / 1000)} s)`);
  await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300_000 });
  await page.waitForFunction(
    () => (window.__nearmiss?.store.getState().strikes.length ?? 0) > 0,
    undefined,
    { timeout: 300_000 },
  );
  const loadMs = Date.now() - startedMs;
  phase("loaded");
  await page.evaluate(PROBE);
  const domain = await page.evaluate(() => (window as never as Bench).__bench.domain());
  if (domain.count !== n) throw new Error(`expected ${n} strikes, the app loaded ${domain.count}`);

  const { y, startX, travel } = await grabWeekWindow(page, domain.startMs);
  await page.evaluate(() => (window as never as Bench).__bench.resetTasks());
  const times = await timedDrag(page, { y, startX, travel }, steps);
  const tasks = await page.evaluate(() => (window as never as Bench).__bench.tasks());
  phase(
    `scrubbed ${steps} steps; longest scripts (with the probe readback) ${JSON.stringify(tasks.longestScripts)}`,
  );
  // A second, traced drag back across the history (not timed: tracing slows the page), to tell
  // which part of each long task is the compositor's readback and which is the page's own work.
  // The moves come at a steady pace, as a hand drags, whatever tracing does to the frames: a pass
  // that waited for each move's frame took ~350 ms a step under tracing, past the window's rest
  // (WINDOW_REST_MS, 300 ms), so it measured a drag with a pause at every step, and how often
  // the rest work fell into it varied with the machine's load. The rest is traced on its own below.
  await page.evaluate(() => (window as never as Bench).__bench.resetTasks());
  const scrubSplits = await tracedTasks(page, async () => {
    const back = Math.min(steps, 60);
    for (let i = back - 1; i >= 0; i--) {
      const next = Date.now() + DRAG_STEP_MS;
      await page.mouse.move(startX + (travel * i) / back, y);
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
    // The last move's frame, painted inside the trace. Not the probe's idleFrame: its readPixels
    // waits for the GPU process inside a page task, and that wait (46–61 ms) was counted as the
    // drag's own work in some runs (scripts/bench-browser/NOTES.md, session 12).
    await page.evaluate(
      () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    );
  });
  // Holding still after the drag: the window rests and the map redoes what waits for a rest
  // (clusters, ring labels, the GeoJSON copy and its symbol tiles).
  const tracedRest = longest(
    await tracedTasks(page, async () => {
      // One more step inside the trace, so that the rest it starts is traced whole.
      await page.mouse.move(startX + travel / Math.min(steps, 60), y);
      await new Promise((r) => setTimeout(r, REST_TRACE_MS));
      await page.evaluate(() => (window as never as Bench).__bench.settle());
    }),
  );
  phase(`traced rest after the drag: longest task split ${JSON.stringify(tracedRest)}`);
  const tracedScrub = longest(scrubSplits);
  const ownSorted = scrubSplits.map((t) => round(t.ownMs)).sort((a, b) => b - a);
  const cpuSorted = scrubSplits.map((t) => round(t.ownMs - t.gpuBlockedMs)).sort((a, b) => b - a);
  phase(
    `traced scrub: ${scrubSplits.length} tasks over 50 ms; own ms, largest first: ${ownSorted.slice(0, 8).join(", ")}; ` +
      `own less other GPU-process waits: ${cpuSorted.slice(0, 8).join(", ")}`,
  );
  const tracedScripts = await page.evaluate(() => (window as never as Bench).__bench.tasks());
  phase(
    `traced scrub: longest task split ${JSON.stringify(tracedScrub)}; longest scripts ${JSON.stringify(tracedScripts.longestScripts)}`,
  );
  await page.mouse.up();
  await page.evaluate(() => (window as never as Bench).__bench.settle());
  const check = await page.evaluate(() => (window as never as Bench).__bench.check());

  // Floor: the same view with the strike layers hidden.
  await page.evaluate(() => (window as never as Bench).__bench.setStrikeLayersVisible(false));
  const baseFrameMs = await page.evaluate(() => (window as never as Bench).__bench.idleFrame(40));
  const tracedBase = longest(
    await tracedTasks(page, async () => {
      await page.evaluate(() => (window as never as Bench).__bench.repaint(10));
    }),
  );
  await page.evaluate(() => (window as never as Bench).__bench.setStrikeLayersVisible(true));
  const strikeFrameMs = await page.evaluate(() => (window as never as Bench).__bench.idleFrame(20));

  phase("measured the base frame");
  // The "All" window.
  let allPaintedMs = Number.NaN;
  let allFrameMs = Number.NaN;
  if (!skipAll) {
    const marks = await page.evaluate(() => (window as never as Bench).__bench.marks());
    const allStart = Date.now();
    await page.getByRole("button", { name: "All", exact: true }).click({ timeout: 300_000 });
    await page.evaluate(
      ({ calls, frame }) => (window as never as Bench).__bench.waitPainted(calls, frame),
      marks,
    );
    allPaintedMs = Date.now() - allStart;
    phase("painted the All window");
    await page.evaluate(() => (window as never as Bench).__bench.settle());
    allFrameMs = await page.evaluate(() => (window as never as Bench).__bench.idleFrame(5));
  }
  const mode = await page.evaluate(() => (window as never as Bench).__bench.mode);
  log(
    `  ${n}: ${mode} path; idle frame with the 7-day window ${round(strikeFrameMs)} ms; ${JSON.stringify(check)}`,
  );
  return {
    scrubMedianMs: quantile(times, 0.5),
    scrubP95Ms: quantile(times, 0.95),
    baseFrameMs,
    allFrameMs,
    longestTaskMs: tasks.longestTaskMs,
    longTaskCount: tasks.longTaskCount,
    longestScriptMs: tracedScripts.longestScriptMs,
    stepsMeasured: times.length,
    windowCheck: `${check.same ? "exact" : "MISMATCH"} (${check.drawn}/${check.expected})`,
    loadMs,
    allPaintedMs,
    tracedScrub,
    tracedBase,
    tracedRest,
  };
}

interface Bench {
  __bench: {
    armInput(withReadback?: boolean): Promise<number>;
    idleFrame(samples: number): Promise<number>;
    repaint(samples: number): Promise<void>;
    setStrikeLayersVisible(visible: boolean): void;
    mode: "gl" | "geojson";
    settle(capMs?: number): Promise<boolean>;
    waitPainted(calls: number, frame: number): Promise<void>;
    marks(): { calls: number; frame: number };
    resetTasks(): void;
    tasks(): {
      longestTaskMs: number;
      longTaskCount: number;
      longestScriptMs: number | null;
      longestScripts: { ms: number; where: string }[];
    };
    check(): { drawn: number; expected: number; same: boolean };
    domain(): { startMs: number; endMs: number; count: number };
  };
}

async function main() {
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`${distDir}/index.html is missing: run \`npm run build\` first.`);
  }
  const dataDir = join(tmpdir(), "nearmiss-bench-browser");
  mkdirSync(dataDir, { recursive: true });
  const files = new Map<number, { name: string; hash: string }>();
  for (const n of sizes) {
    const name = `strikes-${n}.geojson`;
    const collection = syntheticStrikeCollection(n);
    writeFileSync(join(dataDir, name), JSON.stringify(collection));
    // Open on a 7-day window at the first strike (the app otherwise starts on "all").
    const firstMs = Date.parse(collection.features[0]?.properties.time ?? "");
    const hash = `#from=${toIsoMinute(firstMs)}&to=${toIsoMinute(firstMs + 7 * DAY)}`;
    files.set(n, { name, hash });
  }
  // No diplomatic events: the timeline's domain is then exactly the synthetic history.
  writeFileSync(
    join(dataDir, "events-none.json"),
    JSON.stringify({ version: "2026-11-24", events: [] }),
  );
  const server: { url: string; close(): Promise<void> } = await serveStatic(distDir, {
    mounts: { "/__bench/": dataDir },
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: launchArgs,
  });
  const results = new Map<string, SizeResult>();
  try {
    for (const n of sizes)
      for (const filters of cases) {
        log(`▶ ${n} strikes${filters ? ` (filters ${filters})` : ""}`);
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        page.on("pageerror", (e) => log(`  page error: ${e.message}`));
        const file = files.get(n);
        const query = `?strikes=./__bench/${file?.name}&events=./__bench/events-none.json`;
        const startedMs = Date.now();
        await page.goto(new URL(`${query}${file?.hash}${filters}`, server.url).href);
        results.set(`${n}${filters ? " filtered" : ""}`, await benchSize(page, n, startedMs));
        await context.close();
      }
  } finally {
    await browser.close();
    await server.close();
  }

  const rows = [...results].map(([n, r]) => [
    n,
    `${round(r.scrubMedianMs)} / ${round(r.scrubP95Ms)}`,
    round(r.baseFrameMs),
    round(r.scrubP95Ms / r.baseFrameMs),
    round(r.allFrameMs),
    `${round(r.longestTaskMs)} (${r.longTaskCount})`,
    `${round(r.tracedScrub.ownMs)} / ${round(r.tracedScrub.readbackMs)}`,
    `${round(r.tracedBase.taskMs)}`,
    `${round(r.tracedRest.ownMs)}`,
    r.longestScriptMs === null ? "—" : round(r.longestScriptMs),
    r.stepsMeasured,
    r.windowCheck,
    round(r.loadMs / 1000),
    r.allPaintedMs,
  ]);
  const head = [
    "N",
    "scrub ms med / p95",
    "base frame ms",
    "p95 / base",
    "all frame ms",
    "longest task ms (n)",
    "own / readback ms",
    "base task ms",
    "rest own ms",
    "longest script ms",
    "steps",
    "window",
  ];
  console.log(
    gpuCompositing
      ? "Compositing: GPU (ANGLE on SwiftShader, no --disable-gpu)."
      : "Compositing: software (the standard launch, --disable-gpu).",
  );
  const table = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  "));
  console.log("Target: scrub p95 ≤ 2× base frame at 100k; no task over 50 ms while scrubbing.");
  for (const n of sizes) {
    const plain = results.get(String(n));
    const filtered = results.get(`${n} filtered`);
    if (plain && filtered)
      console.log(
        `${n}: filtered / unfiltered scrub p95 ${round(filtered.scrubP95Ms / plain.scrubP95Ms)}× ` +
          `(median ${round(filtered.scrubMedianMs / plain.scrubMedianMs)}×); filters ${FILTERS}`,
      );
  }
  console.log(
    "own / readback: the longest traced scrub task's own work (script, style, layout, paint) and the\n" +
      "longest wait in the compositor's WebGL readback (software compositing only); base task: the\n" +
      "longest task while repainting with the strike layers hidden (the floor); rest own: the longest\n" +
      "own task while holding still after the drag (the work that waits for the window to rest).",
  );
  if (json) {
    const out: Record<string, number | string> = {
      compositing: gpuCompositing ? "gpu" : "software",
    };
    for (const [key, r] of results) {
      const n = Number.parseInt(key, 10);
      const k = `${n >= 1000 ? `${n / 1000}k` : String(n)}${key.endsWith("filtered") ? "Filtered" : ""}`;
      out[`scrubMedianMs${k}`] = round(r.scrubMedianMs);
      out[`scrubP95Ms${k}`] = round(r.scrubP95Ms);
      out[`baseFrameMs${k}`] = round(r.baseFrameMs);
      out[`allFrameMs${k}`] = round(r.allFrameMs);
      out[`longestTaskMs${k}`] = round(r.longestTaskMs);
      out[`longestScriptMs${k}`] = r.longestScriptMs === null ? "none" : round(r.longestScriptMs);
      out[`longestOwnTaskMs${k}`] = round(r.tracedScrub.ownMs);
      out[`longestReadbackMs${k}`] = round(r.tracedScrub.readbackMs);
      out[`longestTracedTaskMs${k}`] = round(r.tracedScrub.taskMs);
      out[`baseLongestTaskMs${k}`] = round(r.tracedBase.taskMs);
      out[`restLongestOwnTaskMs${k}`] = round(r.tracedRest.ownMs);
      out[`scrubStepsMeasured${k}`] = r.stepsMeasured;
      out[`loadMs${k}`] = r.loadMs;
      out[`allPaintedMs${k}`] = r.allPaintedMs;
    }
    console.log(JSON.stringify(out));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
