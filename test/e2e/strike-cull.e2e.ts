/**
 * What the strike layer leaves undrawn must not change the picture. 8,000 imported strikes stacked
 * around Kharkiv (opaque and half-transparent, five weapon classes; most stated to 30 m, three
 * days' strikes to 5 km) are drawn:
 * - symbols culled (src/map/strike-gl/cull.ts) and unculled, at country zoom (where they pile into
 *   a blob) and at region zoom (where they spread over the city);
 * - halos under two pixels skipped (src/map/strike-gl/halo-runs.ts) and all drawn;
 * and the pictures are compared pixel by pixel.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppPage,
  chooseImportFiles,
  closeBrowser,
  openApp,
  readDebug,
  settle,
  waitForReady,
} from "./browser";

afterAll(closeBrowser);

const N = 8000;
const WEAPONS = ["ballistic missile", "Kinzhal", "cruise missile", "Shahed drone", ""];

/**
 * Strikes within ~4 km of central Kharkiv, a third stated high confidence (opaque symbols); those
 * of days 1–3 of the month (neighbours in time order) stated to 5 km, the rest to 30 m.
 */
function stackedCsv(): string {
  const lines = ["id,time,lat,lon,name,weapon,confidence,uncertainty_m,link"];
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let i = 0; i < N; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const lat = (49.99 + rnd() * 0.04).toFixed(5);
    const lon = (36.21 + rnd() * 0.06).toFixed(5);
    const conf = i % 3 === 0 ? "high" : "";
    const weapon = WEAPONS[i % WEAPONS.length];
    const radius = i % 28 < 3 ? 5000 : 30;
    lines.push(
      `k${i},2024-05-${day}T0${i % 10}:00+03:00,${lat},${lon},K ${i},${weapon},${conf},${radius},https://example.org/${i}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

interface Layer {
  implementation: {
    drawnRange(): { lo: number; hi: number; frame: number };
    drawnShown(): number;
    drawnCulled(): number;
    drawnHalos(): number;
    setCullFrom(n: number): void;
    setHaloRuns(on: boolean): void;
    setWorkAhead(on: boolean): void;
    workedAhead(): {
      uploaded: boolean;
      culled: boolean;
      culls: { ahead: number; inFrame: number };
    };
  };
}

/** Sets whether the layer works ahead of new data's frame, then hides or shows drone strikes. */
function toggleDrones(page: Page, ahead: boolean): Promise<void> {
  return readDebug(
    page,
    (h, on) => {
      const layer = h.map.getLayer("strike-gl-icons") as unknown as Layer;
      layer.implementation.setWorkAhead(on);
      h.store.getState().toggleHidden("hiddenWeapons", "drone");
    },
    ahead,
  );
}

function workedAhead(page: Page) {
  return readDebug(page, (h) =>
    (h.map.getLayer("strike-gl-icons") as unknown as Layer).implementation.workedAhead(),
  );
}

/**
 * Draws one frame with symbols culled from `cullFrom` strikes on and halo runs on or off, keeps
 * its pixels under `key`; resolves to the symbols drawn culled (-1: all) and the halos drawn.
 */
function capture(
  page: Page,
  key: string,
  cullFrom: number,
  haloRuns = true,
): Promise<{ culled: number; halos: number }> {
  return page.evaluate(
    ({ key, cullFrom, haloRuns }) =>
      new Promise<{ culled: number; halos: number }>((resolve, reject) => {
        const map = window.__nearmiss?.map;
        const layer = map?.getLayer("strike-gl-icons") as unknown as Layer | undefined;
        if (!map || !layer) return reject(new Error("no strike layer"));
        layer.implementation.setCullFrom(cullFrom);
        layer.implementation.setHaloRuns(haloRuns);
        map.once("render", () => {
          const gl = map.painter.context.gl;
          const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
          gl.readPixels(
            0,
            0,
            gl.drawingBufferWidth,
            gl.drawingBufferHeight,
            gl.RGBA,
            gl.UNSIGNED_BYTE,
            px,
          );
          const store = window as unknown as { __pixels?: Record<string, Uint8Array> };
          store.__pixels = { ...store.__pixels, [key]: px };
          const impl = layer.implementation;
          resolve({ culled: impl.drawnCulled(), halos: impl.drawnHalos() });
        });
        map.triggerRepaint();
      }),
    { key, cullFrom, haloRuns },
  );
}

/** How the two kept pictures differ: pixels with any channel off by more than 2, and the most. */
function diff(page: Page, a: string, b: string) {
  return page.evaluate(
    ({ a, b }) => {
      const store = window as unknown as { __pixels: Record<string, Uint8Array> };
      const x = store.__pixels[a] as Uint8Array;
      const y = store.__pixels[b] as Uint8Array;
      let differing = 0;
      let max = 0;
      let coloured = 0;
      for (let i = 0; i < x.length; i += 4) {
        let d = 0;
        for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs((x[i + c] ?? 0) - (y[i + c] ?? 0)));
        if (d > 2) differing++;
        max = Math.max(max, d);
        // Strike red / drone orange / … all have a strong channel spread; count "inked" pixels.
        const r = x[i] ?? 0;
        const g = x[i + 1] ?? 0;
        const bl = x[i + 2] ?? 0;
        if (Math.max(r, g, bl) - Math.min(r, g, bl) > 60) coloured++;
      }
      return { differing, max, pixels: x.length / 4, coloured };
    },
    { a, b },
  );
}

describe("strike layer: what it leaves undrawn", () => {
  let app: AppPage;
  let builtin = 0;
  beforeAll(async () => {
    const file = join(tmpdir(), "stacked-kharkiv.csv");
    writeFileSync(file, stackedCsv());
    app = await openApp();
    const { page } = app;
    await waitForReady(page);
    builtin = await readDebug(page, (h) => h.store.getState().strikes.length);
    const dialog = await chooseImportFiles(page, file);
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await dialog
      .getByText(`${N.toLocaleString("en-GB")} imported`)
      .first()
      .waitFor({ timeout: 60_000 });
    await dialog.getByRole("button", { name: "Done" }).click();
    await page.waitForFunction(
      (want) => {
        const layer = window.__nearmiss?.map.getLayer("strike-gl-icons") as unknown as Layer;
        const r = layer?.implementation.drawnRange();
        return r !== undefined && r.hi - r.lo === want;
      },
      builtin + N,
      { timeout: 60_000, polling: "raf" },
    );
  }, 120_000);

  it("draws the same picture culled as unculled, at country and at region zoom", async () => {
    const { page } = app;
    // At most this many symbols kept: a few in the blob, most of them once spread out.
    for (const [zoom, name, most] of [
      [5, "country", N / 10],
      [8.5, "region", N],
    ] as const) {
      await readDebug(page, (h, z) => h.map.jumpTo({ center: [36.24, 50.01], zoom: z }), zoom);
      await settle(page);
      const culled = (await capture(page, `${name}-culled`, 5000)).culled;
      const plain = (await capture(page, `${name}-plain`, Number.POSITIVE_INFINITY)).culled;
      const d = await diff(page, `${name}-culled`, `${name}-plain`);
      expect(plain, `${name}: the reference frame is drawn whole`).toBe(-1);
      expect(culled, `${name}: culled`).toBeGreaterThan(0);
      expect(culled, `${name}: hidden symbols culled`).toBeLessThan(most);
      expect(d.coloured, `${name}: strikes on screen`).toBeGreaterThan(400);
      // Only slivers at symbol edges may differ (~100 pixels here): under 0.05 % of the map.
      expect(d.differing / d.pixels, `${name}: ${JSON.stringify(d)}`).toBeLessThan(0.0005);
    }
  }, 120_000);

  it("skips only halos under two pixels: the same picture as drawing every halo", async () => {
    const { page } = app;
    // Zoom 9: a 5 km halo is ~25 px across its radius, a 30 m one a sixth of a pixel.
    await readDebug(page, (h) => h.map.jumpTo({ center: [36.24, 50.01], zoom: 9 }));
    await settle(page);
    const skipping = await capture(page, "halos-runs", 5000, true);
    const all = await capture(page, "halos-all", 5000, false);
    expect(all.halos, "the reference frame draws every halo").toBe(builtin + N);
    expect(skipping.halos, "the 5 km halos are drawn").toBeGreaterThan(N / 28);
    expect(skipping.halos, "the 30 m ones are not").toBeLessThan(all.halos / 2);
    const d = await diff(page, "halos-runs", "halos-all");
    expect(d.differing, JSON.stringify(d)).toBe(0);
  }, 60_000);

  it("uploads and culls new data ahead of its frame, and that frame draws the same picture", async () => {
    const { page } = app;
    // Clusters off: their hulls follow new data from the analysis worker, in a frame of their own
    // that may come before or after either picture; only the strike layer is compared here.
    await readDebug(page, (h) => {
      h.store.getState().setClustersVisible(false);
      h.map.jumpTo({ center: [36.24, 50.01], zoom: 5 });
    });
    await settle(page);
    // New data (drones hidden) with the work done in the frame: the reference picture.
    await toggleDrones(page, false);
    await settle(page);
    expect(await workedAhead(page)).toMatchObject({ uploaded: false, culled: false });
    const inFrame = await capture(page, "in-frame", 5000);
    await toggleDrones(page, false);
    await settle(page);
    // A frame draws (and culls) that data now: one coming later would draw it while the next
    // data is readied, and its cull would count as one in a frame.
    const shownFrame = await capture(page, "shown", 5000);
    // The same new data again, the work done ahead.
    const before = (await workedAhead(page)).culls;
    // A frame forced at once, before any work ahead, draws the data already shown, as it was.
    const early = await readDebug(page, (h) => {
      const impl = (h.map.getLayer("strike-gl-icons") as unknown as Layer).implementation;
      const frame = impl.drawnRange().frame;
      const shown = impl.drawnShown();
      impl.setWorkAhead(true);
      h.store.getState().toggleHidden("hiddenWeapons", "drone");
      h.map.redraw();
      return {
        frames: impl.drawnRange().frame - frame,
        shown: [shown, impl.drawnShown()],
        culled: impl.drawnCulled(),
        culls: impl.workedAhead().culls,
      };
    });
    expect(early.frames, "a frame was drawn").toBe(1);
    expect(early.shown[1], "with the drones still in it").toBe(early.shown[0]);
    expect(early.culled, "culled as before").toBe(shownFrame.culled);
    expect(early.culls, "and no cull in it").toEqual(before);
    await page.waitForFunction(() => {
      const layer = window.__nearmiss?.map.getLayer("strike-gl-icons") as unknown as Layer;
      return layer.implementation.workedAhead().culled;
    });
    const ahead = await capture(page, "ahead", 5000);
    const after = await workedAhead(page);
    expect(after).toMatchObject({ uploaded: true, culled: true });
    expect(after.culls.ahead, "culled once ahead").toBe(before.ahead + 1);
    expect(after.culls.inFrame, "and not again in the frame").toBe(before.inFrame);
    expect(ahead.culled).toBe(inFrame.culled);
    expect(ahead.culled, "the drones are gone").not.toBe(shownFrame.culled);
    expect(ahead.culled).toBeGreaterThan(0);
    const d = await diff(page, "in-frame", "ahead");
    expect(d.coloured, "strikes on screen").toBeGreaterThan(400);
    expect(d.differing, JSON.stringify(d)).toBe(0);
    await toggleDrones(page, true);
    await readDebug(page, (h) => h.store.getState().setClustersVisible(true));
  }, 60_000);
});
