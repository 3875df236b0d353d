/**
 * Diagnostic: where the map's own frame goes while the time window moves — MapLibre's whole
 * `_render` per frame and each style layer's draw call time, measured in the page at 100k strikes.
 * For comparing two builds layer by layer (e.g. before and after a basemap change); main-thread
 * time only (SwiftShader's rasterising shows up where a GL call waits for it).
 * Needs a `npm run bench:browser` run first (it writes the synthetic data to the OS temp dir).
 * `npx tsx scripts/bench-browser/frame-layers.ts [--dist=/tmp/d] [--n=100000] [--steps=60] [--top=20]`
 */
import { openBenchPage } from "./bench-page";

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const n = Number(arg("n") ?? 100_000);
const steps = Number(arg("steps") ?? 60);
const DAY = 86_400_000;

interface FrameReport {
  frames: number;
  renderMs: [number, number, number];
  placementMs: [number, number, number];
  layers: [string, number, number][];
}

async function main() {
  const { page, close } = await openBenchPage(arg("dist") ?? "dist", n);
  try {
    const run = (): Promise<FrameReport> =>
      page.evaluate(
        async ([count, dayMs]) => {
          // MapLibre internals, reached for measurement only (method names survive minifying).
          type Fn = (...a: unknown[]) => unknown;
          const map = window.__nearmiss?.map as unknown as Record<string, unknown> & {
            painter: Record<string, Fn>;
            once: (e: string, f: () => void) => void;
          };
          const store = window.__nearmiss?.store;
          if (!map || !store) throw new Error("no app handle");
          const painter = map.painter;
          const renderLayer = painter.renderLayer as Fn;
          const render = map._render as Fn;
          const style = map.style as Record<string, Fn>;
          const updatePlacement = style._updatePlacement as Fn;
          const perLayer = new Map<string, number>();
          const frameMs: number[] = [];
          const placementMs: number[] = [];
          style._updatePlacement = function (this: unknown, ...a: unknown[]) {
            const t = performance.now();
            const out = updatePlacement.apply(this, a);
            placementMs.push(performance.now() - t);
            return out;
          };
          painter.renderLayer = function (this: unknown, ...a: unknown[]) {
            const t = performance.now();
            const out = renderLayer.apply(this, a);
            const id = (a[2] as { id: string }).id;
            perLayer.set(id, (perLayer.get(id) ?? 0) + performance.now() - t);
            return out;
          };
          map._render = function (this: unknown, ...a: unknown[]) {
            const t = performance.now();
            const out = render.apply(this, a);
            frameMs.push(performance.now() - t);
            return out;
          };
          const s0 = store.getState();
          const t0 = Math.min(...s0.strikes.slice(0, 1000).map((s) => Date.parse(s.time)));
          s0.setWindowMode("moving");
          for (let i = 0; i < count; i++) {
            const startMs = t0 + i * dayMs;
            store.getState().setTimeWindow({ startMs, endMs: startMs + 7 * dayMs });
            await new Promise<void>((r) => map.once("render", () => r()));
          }
          painter.renderLayer = renderLayer;
          map._render = render;
          style._updatePlacement = updatePlacement;
          const frames = frameMs.length;
          // (No named inner functions: tsx would wrap them in a helper the page lacks.)
          const stats = [frameMs, placementMs].map((xs) => {
            const sorted = [...xs].sort((x, y) => x - y);
            return [0.5, 0.95, 1].map(
              (p) =>
                Math.round(
                  (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) * 10,
                ) / 10,
            );
          });
          return {
            frames,
            renderMs: stats[0] as [number, number, number],
            placementMs: stats[1] as [number, number, number],
            layers: [...perLayer]
              .sort((x, y) => y[1] - x[1])
              .map(([id, ms]) => [id, Math.round(ms), Math.round((ms / frames) * 100) / 100]) as [
              string,
              number,
              number,
            ][],
          };
        },
        [steps, DAY] as const,
      );
    await run();
    const r = await run();
    console.log(
      `frames ${r.frames}; MapLibre _render median / p95 / max: ${r.renderMs.join(" / ")} ms`,
    );
    console.log(`  of which symbol placement median / p95 / max: ${r.placementMs.join(" / ")} ms`);
    console.log("layer draw time, total ms and ms per frame, largest first:");
    for (const [id, total, perFrame] of r.layers.slice(0, Number(arg("top") ?? 20)))
      console.log(`  ${String(total).padStart(6)}  ${perFrame.toFixed(2).padStart(6)}  ${id}`);
  } finally {
    await close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
