import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

const CRATER = "kyiv-embassy-kinzhal-crater-2024-01-02";
const PARK = "heydar-aliyev-park-kyiv";
/** The embassy at street zoom, selected, with a crater → park measurement. */
const VIEW = `#map=16.00/50.46082/30.49056&mission=embassy-kyiv&measure=s:${CRATER};m:${PARK}`;
const VIEWPORTS = [
  { name: "1280", size: { width: 1280, height: 800 }, isMobile: false },
  { name: "375", size: { width: 375, height: 812 }, isMobile: true },
] as const;

/** A dark, noisy stand-in for satellite imagery (the real tiles are never fetched in tests). */
const darkTile = sharp({
  create: {
    width: 256,
    height: 256,
    channels: 3,
    background: { r: 34, g: 44, b: 36 },
    noise: { type: "gaussian", mean: 40, sigma: 18 },
  },
})
  .jpeg({ quality: 80 })
  .toBuffer();

/** Opens the view offline; a stored basemap choice stands for the reader's earlier pick. */
async function open(v: (typeof VIEWPORTS)[number], basemap?: string) {
  const offOrigin: string[] = [];
  const tile = await darkTile;
  const { page } = await openApp(VIEW, v.size, {
    isMobile: v.isMobile,
    beforeGoto: async (p: Page) => {
      if (basemap)
        await p.addInitScript((b) => localStorage.setItem("nearmiss.basemap", b), basemap);
      await p.context().route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("https://tiles.maps.eox.at/"))
          return route.fulfill({ status: 200, contentType: "image/jpeg", body: tile });
        if (/^(http:\/\/127\.0\.0\.1|blob:|data:)/.test(url)) return route.continue();
        offOrigin.push(url);
        return route.abort("internetdisconnected");
      });
    },
  });
  await waitForReady(page);
  await page.waitForFunction(() => {
    const map = window.__nearmiss?.map;
    return map ? map.loaded() && map.areTilesLoaded() && !map.isMoving() : false;
  });
  return { page, offOrigin };
}

describe("the embassy at street zoom in every basemap testable offline", () => {
  for (const v of VIEWPORTS) {
    it(`embedded streets, ${v.name} px`, async () => {
      const { page, offOrigin } = await open(v);
      await screenshot(page, `screens-embedded-${v.name}`);
      expect(offOrigin).toEqual([]);
      await page.context().close();
    });

    it(`satellite (a local dark image), ${v.name} px`, async () => {
      const { page, offOrigin } = await open(v, "satellite");
      const kind = await page.evaluate(() => window.__nearmiss?.store.getState().basemap.kind);
      expect(kind).toBe("satellite");
      await screenshot(page, `screens-satellite-${v.name}`);
      expect(offOrigin).toEqual([]);
      await page.context().close();
    });
  }
});
