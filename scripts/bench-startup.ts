// `npm run bench:startup`: bundle size (gzip) beside maplibre-gl's own, and time from navigation to
// the first idle map: Nearmiss (ready with data) vs a bare MapLibre page with the same basemap.
// Median of 5 alternating runs in one browser. `-- --json` ends with one JSON line.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Request } from "playwright-core";
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
// @ts-expect-error plain ESM helper without types
import { serveStatic } from "./serve-static.mjs";

const RUNS = 5;
const json = process.argv.includes("--json");

function gzipKiB(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(m?js)$/.test(f))
    .map((f) => join(dir, f));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

execFileSync("npx", ["vite", "build", "--logLevel", "error"], { stdio: "inherit" });
execFileSync("npx", ["vite", "build", "-c", "vite.bench.config.ts", "--logLevel", "error"], {
  stdio: "inherit",
});

const appJs = jsFiles("dist/assets");
const maplibreJs = appJs.filter((f) => /\/maplibre(-gl-worker)?-[\w-]+\.m?js$/.test(f));
const sizes = {
  appJsGzipKiB: gzipKiB(appJs),
  maplibreJsGzipKiB: gzipKiB(maplibreJs),
  bareJsGzipKiB: gzipKiB(jsFiles(".bench-dist/bare/assets")),
};

const server = await serveStatic("dist", { mounts: { "/__bare/": ".bench-dist/bare" } });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
/** Every JS file (page and workers) the app requested before it was ready, from its first run. */
const startupJs = new Set<string>();

async function timeTo(path: string, mark: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const collecting = mark === "nearmiss:ready";
  const requested: { name: string; atMs: number; request: Request }[] = [];
  context.on("request", (r) => {
    // The service worker's precache (every file of the build) is not the page's start.
    if (!collecting || r.serviceWorker()) return;
    const path = new URL(r.url()).pathname;
    const name = path.split("/").pop() ?? "";
    if (path.includes("/assets/") && /\.m?js$/.test(name))
      requested.push({ name, atMs: Date.now(), request: r });
  });
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href);
  const ms = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime,
    mark,
    // A wait, not a limit on the figure: a machine shared with other runs can take minutes.
    { timeout: 300_000 },
  );
  const value = (await ms.jsonValue()) as number;
  if (collecting) {
    // Only files asked for BEFORE the ready mark (the page may start more in the same task, e.g. a
    // worker for work that waits for the map): the browser's own request start times, same clock.
    const readyEpochMs = await page.evaluate((v) => performance.timeOrigin + v, value);
    for (const { name, atMs, request } of requested) {
      const startMs = request.timing().startTime;
      if ((startMs > 0 ? startMs : atMs) <= readyEpochMs) startupJs.add(join("dist/assets", name));
    }
  }
  await context.close();
  return value;
}

const app: number[] = [];
const bare: number[] = [];
await timeTo("", "nearmiss:ready"); // warm the server and disk cache once, not counted
for (let i = 0; i < RUNS; i++) {
  bare.push(await timeTo("__bare/", "bench:idle"));
  app.push(await timeTo("", "nearmiss:ready"));
}
await browser.close();
await server.close();

const startupJsGzipKiB = gzipKiB([...startupJs]);
const result = {
  ...sizes,
  startupJsGzipKiB,
  startupJsRatio: startupJsGzipKiB / sizes.bareJsGzipKiB,
  appOwnJsGzipKiB: sizes.appJsGzipKiB - sizes.maplibreJsGzipKiB,
  appIdleMedianMs: median(app),
  bareIdleMedianMs: median(bare),
  idleRatio: median(app) / median(bare),
  appIdleRunsMs: app,
  bareIdleRunsMs: bare,
};
const f = (n: number) => n.toFixed(1);
console.log("Startup benchmark (Chromium, SwiftShader; 1280×800; median of 5, alternating)");
console.log(`  JS gzip, whole app          ${f(result.appJsGzipKiB)} KiB`);
console.log(`  JS gzip, maplibre-gl's own  ${f(result.maplibreJsGzipKiB)} KiB (main + worker)`);
console.log(`  JS gzip, Nearmiss's own     ${f(result.appOwnJsGzipKiB)} KiB`);
console.log(`  JS gzip, bare MapLibre page ${f(result.bareJsGzipKiB)} KiB`);
console.log(
  `  JS gzip, loaded until ready ${f(startupJsGzipKiB)} KiB = ${result.startupJsRatio.toFixed(2)}× the bare page (${startupJs.size} files, workers included)`,
);
console.log(`    ${[...startupJs].map((f) => f.replace(/^dist\/assets\//, "")).join(", ")}`);
console.log(
  `  navigation → ready & idle   Nearmiss ${f(result.appIdleMedianMs)} ms  [${app.map(f).join(", ")}]`,
);
console.log(
  `  navigation → first idle     bare     ${f(result.bareIdleMedianMs)} ms  [${bare.map(f).join(", ")}]`,
);
console.log(`  ratio                       ${result.idleRatio.toFixed(2)}×`);
if (json) console.log(JSON.stringify(result));
