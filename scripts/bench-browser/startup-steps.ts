/**
 * Diagnostic: the milestones of the app's start, for comparing builds (`npm run bench:startup`
 * gives the ratio; this says where a change moved it). Each build in turn, `--runs` times,
 * alternating; prints per build the median time from navigation to the map's WebGL context, its
 * first frame, the number of frames until ready, and ready itself. The times come from wrapping
 * the page's `getContext` and `clear` (MapLibre clears once per frame) before any script runs.
 * `npx tsx scripts/bench-browser/startup-steps.ts dist /tmp/other-build [--runs=7]`
 */
import { chromium } from "playwright-core";
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from "../find-chromium.mjs";
// @ts-expect-error plain ESM helper without types
import { serveStatic } from "../serve-static.mjs";

const args = process.argv.slice(2);
const dists = args.filter((a) => !a.startsWith("--"));
const runs = Number(args.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 5);
if (dists.length === 0) throw new Error("usage: startup-steps.ts <dist> [<dist>…] [--runs=5]");

/** Runs before the page's scripts: notes the first WebGL2 context and each frame's first clear. */
const PROBE = `
window.__steps = { frames: [] };
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
  if (type === "webgl2" && window.__steps.contextMs === undefined) window.__steps.contextMs = performance.now();
  return getContext.call(this, type, ...rest);
};
const clear = WebGL2RenderingContext.prototype.clear;
WebGL2RenderingContext.prototype.clear = function (mask) {
  const now = performance.now();
  const frames = window.__steps.frames;
  if (frames.length === 0 || now - frames[frames.length - 1] > 5) frames.push(now);
  return clear.call(this, mask);
};`;

interface Steps {
  contextMs: number;
  frames: number[];
  readyMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const servers = await Promise.all(dists.map((d) => serveStatic(d, {})));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const results = dists.map(() => [] as Steps[]);
  try {
    for (let i = 0; i < runs; i++) {
      for (const [k, server] of servers.entries()) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          serviceWorkers: "block",
        });
        await context.addInitScript(PROBE);
        const page = await context.newPage();
        await page.goto(server.url);
        await page.waitForFunction(
          () => performance.getEntriesByName("nearmiss:ready").length > 0,
          null,
          { timeout: 300_000 },
        );
        const steps = (await page.evaluate(
          `({ ...window.__steps, readyMs: performance.getEntriesByName("nearmiss:ready")[0].startTime })`,
        )) as Steps;
        results[k]?.push(steps);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  console.log(`Start-up milestones, ms from navigation (median of ${runs}, builds alternating)`);
  console.log("build                      context  first frame  frames  ready");
  for (const [k, dist] of dists.entries()) {
    const r = results[k] ?? [];
    const cell = (n: number, w: number) => n.toFixed(0).padStart(w);
    console.log(
      `${dist.padEnd(26)} ${cell(median(r.map((s) => s.contextMs)), 7)}  ${cell(median(r.map((s) => s.frames[0] ?? NaN)), 11)}  ${cell(median(r.map((s) => s.frames.filter((f) => f <= s.readyMs).length)), 6)}  ${cell(median(r.map((s) => s.readyMs)), 5)}  [${r.map((s) => s.readyMs.toFixed(0)).join(", ")}]`,
    );
  }
}

await main();
