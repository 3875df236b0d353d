/**
 * The scrub both browser benches time (`bench:browser` and the merged-data scrub of
 * `bench:import-browser`): a 7-day window at the start of the history, grabbed with the mouse and
 * dragged across the whole track, each move timed by the probe (probe.page.js, already evaluated
 * in the page) to the first painted frame that draws exactly the new window.
 */
import type { Page } from "playwright-core";

const DAY_MS = 86_400_000;

interface Probe {
  __bench: {
    armInput(withReadback?: boolean): Promise<number>;
    idleFrame(samples: number): Promise<number>;
    settle(capMs?: number): Promise<boolean>;
  };
}

/** Where the grabbed window sits on the track, in page px. */
export interface GrabbedWindow {
  readonly y: number;
  readonly startX: number;
  /** How far the window's centre can travel to the right end of the track. */
  readonly travel: number;
}

/** Sets a 7-day window in the moving mode at `startMs`, lets the map settle, presses the mouse on it. */
export async function grabWeekWindow(page: Page, startMs: number): Promise<GrabbedWindow> {
  await page.evaluate(
    ([start, dayMs]) => {
      const s = window.__nearmiss?.store.getState();
      s?.setWindowMode("moving");
      s?.setTimeWindow({ startMs: start, endMs: start + 7 * dayMs });
    },
    [startMs, DAY_MS] as const,
  );
  await page.evaluate(() => (window as never as Probe).__bench.settle());
  await page.evaluate(() => (window as never as Probe).__bench.idleFrame(3));
  const box = await page.locator(".timeline-window").boundingBox();
  const track = await page.locator(".timeline-track").boundingBox();
  if (!box || !track) throw new Error("timeline not found");
  const grabbed = {
    y: box.y + box.height / 2,
    startX: box.x + box.width / 2,
    travel: track.x + track.width - box.width / 2 - 2 - (box.x + box.width / 2),
  };
  await page.mouse.move(grabbed.startX, grabbed.y);
  await page.mouse.down();
  return grabbed;
}

/** Drags the grabbed window to the track's end in `steps` moves; each move's time to its frame, ms. */
export async function timedDrag(page: Page, at: GrabbedWindow, steps: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 1; i <= steps; i++) {
    // Undefined when the move did not change the snapped window, or changed nothing the map draws
    // (the same strikes in the window): no frame to time (probe.page.js). Caught at once: the
    // probe can settle that while the move is still being sent.
    const measured = page
      .evaluate(() => (window as never as Probe).__bench.armInput())
      .catch(() => undefined);
    await page.mouse.move(at.startX + (at.travel * i) / steps, at.y);
    const ms = await measured;
    if (ms !== undefined) times.push(ms);
  }
  return times;
}
