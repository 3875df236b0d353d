/**
 * The page the in-page diagnostics (profile-window.ts, frame-layers.ts) measure: a build served
 * locally with `n` synthetic strikes (written by a `npm run bench:browser` run to the OS temp
 * dir), opened at 1280×800 in Debian's Chromium and waited on until every strike is loaded.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from "../find-chromium.mjs";
// @ts-expect-error plain ESM helper without types
import { serveStatic } from "../serve-static.mjs";

/** Opens `distDir` with `n` synthetic strikes; `close` ends the browser and the server. */
export async function openBenchPage(
  distDir: string,
  n: number,
): Promise<{ page: Page; close(): Promise<void> }> {
  const server = await serveStatic(distDir, {
    mounts: { "/__bench/": join(tmpdir(), "nearmiss-bench-browser") },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
    ).newPage();
    const q = `?strikes=./__bench/strikes-${n}.geojson&events=./__bench/events-none.json`;
    await page.goto(new URL(q, server.url).href);
    await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 300_000 });
    await page.waitForFunction(
      (count) => (window.__nearmiss?.store.getState().strikes.length ?? 0) >= count,
      n,
      { timeout: 300_000 },
    );
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
