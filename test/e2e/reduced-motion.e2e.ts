import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, closePage, openAt, readDebug, settle } from "./browser";

afterAll(closeBrowser);

const DAY_MS = 86_400_000;
const NIGHT = "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00";

/**
 * Selects a strike as a list pick would and reports how the camera got there: whether it was
 * already there in the same task (a jump) and how many `move` events the trip took.
 */
function selectAndWatch(page: Page, id: string) {
  return readDebug(
    page,
    (h, strikeId: string) =>
      new Promise<{ movingAfter: boolean; arrived: boolean; moves: number }>((resolve) => {
        const map = h.map;
        const target = h.store.getState().strikes.find((s) => s.id === strikeId);
        let moves = 0;
        const onMove = () => moves++;
        map.on("move", onMove);
        h.store.getState().select({ kind: "strike", id: strikeId }, "list");
        const c = map.getCenter();
        const arrived =
          !!target &&
          Math.abs(c.lng - target.lngLat[0]) < 1e-6 &&
          Math.abs(c.lat - target.lngLat[1]) < 1e-6;
        const movingAfter = map.isMoving();
        const done = () => {
          map.off("move", onMove);
          resolve({ movingAfter, arrived, moves });
        };
        if (movingAfter) map.once("moveend", done);
        else done();
      }),
    id,
  );
}

/** The keyboard's zoom-in (MapLibre's control) and how many frames the zoom took. */
function zoomInAndWatch(page: Page) {
  return readDebug(
    page,
    (h) =>
      new Promise<{ movingAfter: boolean; moves: number }>((resolve) => {
        const map = h.map;
        let moves = 0;
        const onMove = () => moves++;
        map.on("move", onMove);
        map.zoomIn();
        const movingAfter = map.isMoving();
        const done = () => {
          map.off("move", onMove);
          resolve({ movingAfter, moves });
        };
        if (movingAfter) map.once("moveend", done);
        else done();
      }),
  );
}

describe("reduced motion", () => {
  it("jumps instead of flying or easing, and the contrast holds without the preference", async () => {
    const { page } = await openAt(NIGHT);
    const ids = await readDebug(page, (h) => h.store.getState().strikes.map((s) => s.id));
    const [first, second] = [ids[0] ?? "", ids.at(-1) ?? ""];
    // The harness opens every page with prefers-reduced-motion: reduce.
    expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(
      true,
    );
    expect(await selectAndWatch(page, first)).toEqual({
      movingAfter: false,
      arrived: true,
      moves: 1,
    });
    await settle(page);
    expect(await zoomInAndWatch(page)).toEqual({ movingAfter: false, moves: 1 });
    await settle(page);
    // The same actions animate for a reader without the preference (so the checks above can fail).
    await page.emulateMedia({ reducedMotion: "no-preference" });
    const flown = await selectAndWatch(page, second);
    expect(flown.movingAfter).toBe(true);
    expect(flown.moves).toBeGreaterThan(1);
    await settle(page);
    const eased = await zoomInAndWatch(page);
    expect(eased.movingAfter).toBe(true);
    await closePage(page);
  });

  it("plays the window in whole steps, without gliding", async () => {
    const { page } = await openAt(NIGHT);
    const starts = await readDebug(
      page,
      (h) =>
        new Promise<number[]>((resolve) => {
          const s = h.store;
          const seen: number[] = [s.getState().timeWindow.startMs];
          // Far from the last strike, so playback runs several steps before it ends.
          const startMs = Date.parse("2024-01-01T18:00:00+02:00");
          s.getState().setTimeWindow({ startMs, endMs: startMs + 12 * 3_600_000 });
          seen[0] = startMs;
          s.getState().setWindowMode("moving");
          s.getState().setPlaySpeed("night");
          const off = s.subscribe((st) => {
            const t = st.timeWindow.startMs;
            if (t !== seen[seen.length - 1]) seen.push(t);
            if (seen.length >= 4 || !st.isPlaying) {
              off();
              s.getState().setPlaying(false);
              resolve(seen);
            }
          });
          s.getState().setPlaying(true);
        }),
    );
    const steps = starts.slice(1).map((t, i) => t - (starts[i] ?? t));
    expect(steps.length).toBeGreaterThanOrEqual(2);
    // Each change is a whole day of data time (the "night" speed's second), never minutes.
    for (const step of steps) expect(step % DAY_MS).toBe(0);
    await closePage(page);
  });
});
