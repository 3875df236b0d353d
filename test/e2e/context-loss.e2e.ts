import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, mapPixel, openApp, type Rgba, settle, waitForReady } from "./browser";

afterAll(closeBrowser);

interface Range {
  lo: number;
  hi: number;
  frame: number;
}

/** What the GL strike layer drew in its last frame, or undefined when it is not on the map. */
function drawnRange(page: Page): Promise<Range | undefined> {
  return page.evaluate(() => {
    const layer = window.__nearmiss?.map.getLayer("strike-gl-icons") as unknown as
      | { implementation: { drawnRange(): Range } }
      | undefined;
    const r = layer?.implementation.drawnRange();
    return r ? { ...r } : undefined;
  });
}

/**
 * A screen point (CSS px) of a strike in the window, chosen as far as possible from every mission
 * so that mission symbols do not cover it.
 */
function strikePoint(page: Page): Promise<{ x: number; y: number; id: string }> {
  return page.evaluate(() => {
    const { map, store } = window.__nearmiss ?? {};
    if (!map || !store) throw new Error("no map");
    const s = store.getState();
    const canvas = map.getCanvas();
    const inside = (p: { x: number; y: number }) =>
      p.x > 20 && p.y > 20 && p.x < canvas.clientWidth - 20 && p.y < canvas.clientHeight - 20;
    const missions = s.missions.map((m) => map.project(m.lngLat as [number, number]));
    let best: { x: number; y: number; id: string; d: number } | undefined;
    for (const strike of s.strikes) {
      if (strike.tMs < s.timeWindow.startMs || strike.tMs >= s.timeWindow.endMs) continue;
      const p = map.project(strike.lngLat as [number, number]);
      if (!inside(p)) continue;
      const d = Math.min(...missions.map((m) => Math.hypot(m.x - p.x, m.y - p.y)));
      if (!best || d > best.d) best = { x: p.x, y: p.y, id: strike.id, d };
    }
    if (!best) throw new Error("no strike on screen");
    return { x: best.x, y: best.y, id: best.id };
  });
}

/**
 * Centres the map at district zoom on the window's strike farthest from every mission: at the
 * country view every strike sits under or beside a mission symbol, so its own pixel says little.
 */
async function zoomToLoneStrike(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { map, store } = window.__nearmiss ?? {};
    if (!map || !store) throw new Error("no map");
    const s = store.getState();
    let best: { lngLat: [number, number]; d: number } | undefined;
    for (const strike of s.strikes) {
      if (strike.tMs < s.timeWindow.startMs || strike.tMs >= s.timeWindow.endMs) continue;
      const [lng, lat] = strike.lngLat;
      // Degrees, longitude shrunk by latitude: enough to rank distances in one country.
      const d = Math.min(
        ...s.missions.map((m) =>
          Math.hypot((m.lngLat[0] - lng) * Math.cos((lat * Math.PI) / 180), m.lngLat[1] - lat),
        ),
      );
      if (!best || d > best.d) best = { lngLat: [lng, lat], d };
    }
    if (!best) throw new Error("no strike in the window");
    map.jumpTo({ center: best.lngLat, zoom: 11 });
  });
}

/** The drawing buffer's colour at a CSS-px point, read inside a painted frame (before compositing). */

const diff = (a: Rgba, b: Rgba) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));

describe("WebGL context loss (1280×800)", () => {
  it("tells the user, then redraws the same window of strikes after the context is restored", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    // Cluster outlines and badges follow the window too; keep them out of the pixels compared.
    await page.evaluate(() => window.__nearmiss?.store.getState().setClustersVisible(false));
    await zoomToLoneStrike(page);
    await settle(page);
    const point = await strikePoint(page);
    const before = await drawnRange(page);
    expect(before && before.hi - before.lo).toBeGreaterThan(0);
    const shownBefore = await mapPixel(page, point.x, point.y);

    await page.evaluate(() => {
      const gl = window.__nearmiss?.map.painter.context.gl;
      const ext = gl?.getExtension("WEBGL_lose_context");
      if (!ext) throw new Error("WEBGL_lose_context is unavailable");
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = ext;
      ext.loseContext();
    });
    await page.waitForFunction(() => window.__nearmiss?.store.getState().mapStatus === "restoring");
    expect(
      await page.evaluate(() => window.__nearmiss?.map.painter.context.gl.isContextLost()),
    ).toBe(true);
    await page
      .getByRole("status")
      .filter({ hasText: "Map graphics were reset; redrawing…" })
      .waitFor({ timeout: 5_000 });
    const mapRegion = page.getByRole("region", { name: "Map", exact: true });
    expect(await mapRegion.getAttribute("aria-busy")).toBe("true");
    // While lost the style is gone, and so are the strike layers.
    const lostFrame = (await drawnRange(page))?.frame ?? before?.frame ?? 0;

    await page.evaluate(() =>
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext(),
    );
    await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 30_000 });
    await settle(page);
    expect(await mapRegion.getAttribute("aria-busy")).toBe("false");

    // Both GL layers are back, in their places in the layer order.
    const order = await page.evaluate(() => window.__nearmiss?.map.getLayersOrder() ?? []);
    expect(order.indexOf("strike-gl-halos")).toBe(order.indexOf("missions-highlight") - 1);
    expect(order.indexOf("strike-gl-icons")).toBe(order.indexOf("strikes-symbol") - 1);
    // The layer painted new frames, of the same window as before the loss.
    const after = await drawnRange(page);
    expect(after?.frame).toBeGreaterThan(lostFrame);
    expect([after?.lo, after?.hi]).toEqual([before?.lo, before?.hi]);
    const shownAfter = await mapPixel(page, point.x, point.y);
    expect(diff(shownAfter, shownBefore)).toBeLessThanOrEqual(8);

    // With the strikes hidden (an empty window) that pixel is different: the strike is drawn.
    await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      s?.setTimeWindow({ startMs: s.timeWindow.startMs, endMs: s.timeWindow.startMs });
    });
    await expect
      .poll(async () => (await drawnRange(page))?.hi === (await drawnRange(page))?.lo)
      .toBe(true);
    await settle(page);
    const hidden = await mapPixel(page, point.x, point.y);
    expect(diff(hidden, shownBefore)).toBeGreaterThan(40);
  });
});
