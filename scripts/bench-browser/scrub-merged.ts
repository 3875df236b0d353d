/**
 * Scrubbing after an import (scripts/bench-import-browser.ts): the same drag as `bench:browser`
 * (a 7-day window dragged across the whole merged history by the mouse, each move timed to the
 * first painted frame that draws exactly the new window, with a pixel readback), over the merged
 * data (built-in + imported), and the floor it is judged against: the idle frame of the same view
 * with the strike layers hidden. Target (scripts/bench-browser.ts): p95 ≤ 2× that base frame.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const PROBE = readFileSync(new URL("./probe.page.js", import.meta.url), "utf8");
const DAY_MS = 86_400_000;

interface Probe {
  __bench: {
    armInput(withReadback?: boolean): Promise<number>;
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
  await page.evaluate(
    ([startMs, dayMs]) => {
      const s = window.__nearmiss?.store.getState();
      s?.setWindowMode("moving");
      s?.setTimeWindow({ startMs, endMs: startMs + 7 * dayMs });
    },
    [domain.startMs, DAY_MS] as const,
  );
  await page.evaluate(() => (window as never as Probe).__bench.settle());
  await page.evaluate(() => (window as never as Probe).__bench.idleFrame(3));
  const box = await page.locator(".timeline-window").boundingBox();
  const track = await page.locator(".timeline-track").boundingBox();
  if (!box || !track) throw new Error("timeline not found");
  const y = box.y + box.height / 2;
  const startX = box.x + box.width / 2;
  const travel = track.x + track.width - box.width / 2 - 2 - startX;
  await page.mouse.move(startX, y);
  await page.mouse.down();
  const times: number[] = [];
  for (let i = 1; i <= steps; i++) {
    const measured = page.evaluate(() => (window as never as Probe).__bench.armInput());
    await page.mouse.move(startX + (travel * i) / steps, y);
    try {
      times.push(await measured);
    } catch {
      // The move did not change the snapped window: nothing to time.
    }
  }
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
