import type { Page } from "playwright-core";

/**
 * Waits, checking every animation frame, until the strike GL layer's last drawn range holds
 * exactly `want` strikes (the built-in ones plus an import): "drawn" in the import benchmarks.
 */
export async function waitForDrawnStrikes(page: Page, want: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const layer = window.__nearmiss?.map.getLayer("strike-gl-icons") as unknown as
        | { implementation: { drawnRange(): { lo: number; hi: number } } }
        | undefined;
      const r = layer?.implementation.drawnRange();
      return r !== undefined && r.hi - r.lo === n;
    },
    want,
    { timeout: 300_000, polling: "raf" },
  );
}
