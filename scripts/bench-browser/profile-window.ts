/**
 * Diagnostic: the cost of one time-window change outside the map's frame — the store's
 * subscribers and React's re-render — measured in the page at 100k strikes, with a CPU profile.
 * Needs a `npm run bench:browser` run first (it writes the synthetic data to the OS temp dir).
 * `npx tsx scripts/bench-browser/profile-window.ts [--dist=/tmp/d] [--n=100000] [--steps=60]`
 */

import { openBenchPage } from "./bench-page";
import { startCpuProfile, stopCpuProfile } from "./cpu-profile";

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const n = Number(arg("n") ?? 100_000);
const steps = Number(arg("steps") ?? 60);
/** `--frames`: each step also waits for the map's next rendered frame (the frame's work is profiled too). */
const frames = args.includes("--frames");
const DAY = 86_400_000;

async function main() {
  const { page, close } = await openBenchPage(arg("dist") ?? "dist", n);
  try {
    const run = () =>
      page.evaluate(
        async ([count, dayMs, withFrames]) => {
          const map = window.__nearmiss?.map;
          const store = window.__nearmiss?.store;
          if (!store) throw new Error("no store");
          const s0 = store.getState();
          const t0 = Math.min(...s0.strikes.slice(0, 1000).map((s) => Date.parse(s.time)));
          s0.setWindowMode("moving");
          const subscribers: number[] = [];
          const react: number[] = [];
          for (let i = 0; i < count; i++) {
            const startMs = t0 + i * dayMs;
            const a = performance.now();
            store.getState().setTimeWindow({ startMs, endMs: startMs + 7 * dayMs });
            const b = performance.now();
            // React flushes a store update in a microtask queued during the update: this one runs after it.
            await new Promise<void>((r) => queueMicrotask(r));
            const c = performance.now();
            subscribers.push(b - a);
            react.push(c - b);
            if (withFrames && map) await new Promise((r) => map.once("render", r));
            else await new Promise((r) => setTimeout(r, 0));
          }
          // (No named inner functions: tsx would wrap them in a helper the page lacks.)
          const [subscribersMs, reactMs] = [subscribers, react].map((xs) => {
            xs.sort((x, y) => x - y);
            return [0.5, 0.95].map(
              (p) => Math.round((xs[Math.floor(xs.length * p)] ?? 0) * 10) / 10,
            );
          });
          return { subscribersMs, reactMs };
        },
        [steps, DAY, frames] as const,
      );
    console.log("warm-up", await run());
    const cdp = await page.context().newCDPSession(page);
    await startCpuProfile(cdp, 100);
    const r = await run();
    const lines = await stopCpuProfile(cdp, Number(arg("top") ?? 30));
    console.log("one window change, in the page:", JSON.stringify(r));
    console.log(lines.join("\n"));
  } finally {
    await close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
