/**
 * Scrubbing after an import (scripts/bench-import-browser.ts): the same drag as `bench:browser`
 * (a 7-day window dragged across the whole merged history by the mouse, each move timed to the
 * first painted frame that draws exactly the new window, with a pixel readback), over the merged
 * data (built-in + imported), and the floor it is judged against: the idle frame of the same view
 * with the strike layers hidden. Target (scripts/bench-browser.ts): p95 ≤ 2× that base frame.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { grabWeekWindow, timedDrag } from "./timeline-drag";

const PROBE = readFileSync(new URL("./probe.page.js", import.meta.url), "utf8");

interface Probe {
  __bench: {
    idleFrame(samples: number): Promise<number>;
    setStrikeLayersVisible(visible: boolean): void;
    settle(capMs?: number): Promise<boolean>;
    check(): { drawn: number; expected: number; same: boolean };
    domain(): { startMs: number; endMs: number; count: number };
  };
}

export interface ScrubResult {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly baseFrameMs: number;
  readonly steps: number;
  readonly windowCheck: string;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

/** Drags a 7-day window across the merged history in `steps` moves; see the file header. */
export async function scrubMerged(page: Page, steps = 100): Promise<ScrubResult> {
  await page.keyboard.press("Escape");
  await page.evaluate(PROBE);
  const domain = await page.evaluate(() => (window as never as Probe).__bench.domain());
  const grabbed = await grabWeekWindow(page, domain.startMs);
  const times = await timedDrag(page, grabbed, steps);
  await page.mouse.up();
  await page.evaluate(() => (window as never as Probe).__bench.settle());
  const check = await page.evaluate(() => (window as never as Probe).__bench.check());
  await page.evaluate(() => (window as never as Probe).__bench.setStrikeLayersVisible(false));
  const baseFrameMs = await page.evaluate(() => (window as never as Probe).__bench.idleFrame(20));
  await page.evaluate(() => (window as never as Probe).__bench.setStrikeLayersVisible(true));
  return {
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    baseFrameMs,
    steps: times.length,
    windowCheck: `${check.same ? "exact" : "MISMATCH"} (${check.drawn}/${check.expected})`,
  };
}
