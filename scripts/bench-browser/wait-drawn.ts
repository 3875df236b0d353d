import type { Page } from "playwright-core";

/** The `console.timeStamp` label `waitForDrawnStrikes` leaves in a trace when the strikes are drawn. */
export const DRAWN_MARK = "nearmiss-strikes-drawn";

/**
 * Waits, checking every animation frame, until the strike GL layer's last drawn range holds
 * exactly `want` strikes (the built-in ones plus an import): "drawn" in the import benchmarks.
 * Marks that moment in a running trace (`DRAWN_MARK`, see trace-tasks.ts `markUs`).
 */
export async function waitForDrawnStrikes(page: Page, want: number): Promise<void> {
  await page.waitForFunction(
    ([n, mark]) => {
      const layer = window.__nearmiss?.map.getLayer("strike-gl-icons") as unknown as
        | { implementation: { drawnRange(): { lo: number; hi: number } } }
        | undefined;
      const r = layer?.implementation.drawnRange();
      const drawn = r !== undefined && r.hi - r.lo === n;
      if (drawn) console.timeStamp(mark);
      return drawn;
    },
    [want, DRAWN_MARK] as const,
    { timeout: 300_000, polling: "raf" },
  );
}
