import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, hashOf, openApp, screenshot, settle, waitForReady } from "./browser";

afterAll(closeBrowser);

const EMBASSY = { lng: 30.49056, lat: 50.46082 };
const EMBASSY_LINK = `#map=16.00/${EMBASSY.lat}/${EMBASSY.lng}`;
const PMTILES = "test/fixtures/pmtiles";

/** Blocks and records every request that leaves the page's origin (there is no network anyway). */
function blockOffOrigin(offOrigin: string[]) {
  return async (page: Page) => {
    await page.context().route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("http://127.0.0.1") || url.startsWith("blob:") || url.startsWith("data:"))
        return route.continue();
      offOrigin.push(url);
      return route.abort("internetdisconnected");
    });
  };
}

/** Share of pixels whose colour differs by more than 24 in some channel. */
function changed(a: Buffer, b: Buffer): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 3)
    if ([0, 1, 2].some((c) => Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0)) > 24)) n++;
  return n / (a.length / 3);
}

/** Distinct colours (quantised to 4 bits per channel) in a 240×240 box at the map's centre. */
async function centreColours(
  page: Page,
): Promise<{ colours: number; nearBlack: number; pixels: Buffer }> {
  const box = await page.locator(".map-canvas canvas").boundingBox();
  if (!box) throw new Error("no map canvas");
  const png = await page.screenshot({
    clip: {
      x: box.x + box.width / 2 - 120,
      y: box.y + box.height / 2 - 120,
      width: 240,
      height: 240,
    },
  });
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const seen = new Set<number>();
  let nearBlack = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
    seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    if (r < 40 && g < 40 && b < 40) nearBlack++;
  }
  return { colours: seen.size, nearBlack: nearBlack / (info.width * info.height), pixels: data };
}

describe("offline Kyiv streets", () => {
  it("shows street tiles and the OSM credit at the embassy at zoom 16, with zero off-origin requests; the link follows a move", async () => {
    const offOrigin: string[] = [];
    const { page, requests } = await openApp(EMBASSY_LINK, undefined, {
      beforeGoto: blockOffOrigin(offOrigin),
    });
    await waitForReady(page);
    await settle(page);
    // The link reopens at its view (street zoom, not the whole country).
    const camera = await page.evaluate(() => {
      const map = window.__nearmiss?.map;
      return { zoom: map?.getZoom(), ...map?.getCenter() };
    });
    expect(camera.zoom).toBeCloseTo(16, 2);
    expect(camera.lng).toBeCloseTo(EMBASSY.lng, 4);
    expect(camera.lat).toBeCloseTo(EMBASSY.lat, 4);
    expect(requests.some((u) => /\/streets\/kyiv-2025-08\/15\/\d+\/\d+\.webp$/.test(u))).toBe(true);
    const withStreets = await centreColours(page);
    await screenshot(page, "streets-embassy-z16-1280");
    await expect
      .poll(() => page.locator(".maplibregl-ctrl-attrib").textContent())
      .toContain("Kyiv streets © OpenStreetMap contributors");
    // Control: the same view without the street layers is the flat embedded background.
    await page.evaluate(() => {
      const map = window.__nearmiss?.map;
      for (const id of ["base-streets-city", "base-streets-embassy"])
        map?.setLayoutProperty(id, "visibility", "none");
    });
    await settle(page);
    const without = await centreColours(page);
    expect(changed(withStreets.pixels, without.pixels)).toBeGreaterThan(0.3);
    expect(offOrigin).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("http://127.0.0.1"))).toEqual([]);
    // The link keeps the view after a move (same page: each street-zoom opening costs seconds).
    await page.evaluate(() => window.__nearmiss?.map.jumpTo({ zoom: 17.25 }));
    await expect.poll(() => hashOf(page)).toContain("map=17.25/50.4608");
    await page.context().close();
  });

  it("shows a phone-sized view at the embassy", async () => {
    const { page } = await openApp(EMBASSY_LINK, { width: 375, height: 812 }, { isMobile: true });
    await waitForReady(page);
    await settle(page);
    await screenshot(page, "streets-embassy-z16-375");
    await page.context().close();
  });
});

describe("basemap switcher", () => {
  it("draws a local raster .pmtiles file chosen with the file picker", async () => {
    const offOrigin: string[] = [];
    const { page } = await openApp("", undefined, { beforeGoto: blockOffOrigin(offOrigin) });
    await waitForReady(page);
    const before = await centreColours(page);
    await page.getByText("Map: Embedded").click();
    await page
      .getByLabel("Open a .pmtiles file…")
      .setInputFiles(`${PMTILES}/stamen_toner_raster_z0-3.pmtiles`);
    await expect
      .poll(() => page.evaluate(() => Boolean(window.__nearmiss?.map.getSource("ext-file"))))
      .toBe(true);
    await settle(page);
    const after = await centreColours(page);
    // Toner is black and white: the Black Sea and borders turn black where the embedded map has none.
    expect(before.nearBlack).toBeLessThan(0.005);
    expect(after.nearBlack).toBeGreaterThan(before.nearBlack + 0.005);
    expect(changed(before.pixels, after.pixels)).toBeGreaterThan(0.1);
    await expect
      .poll(() => page.locator(".maplibregl-ctrl-attrib").textContent())
      .toContain("Your file stamen_toner");
    await screenshot(page, "basemap-pmtiles-file");
    expect(offOrigin).toEqual([]);
    await page.context().close();
  });

  it("says what is wrong with an invalid or empty file, and falls back to the embedded map with a message when the online style fails", async () => {
    const offOrigin: string[] = [];
    const { page } = await openApp("", undefined, {
      beforeGoto: async (p) => {
        await blockOffOrigin(offOrigin)(p);
        await p.route("https://tiles.openfreemap.org/**", (route) =>
          route.fulfill({ status: 503, body: "down" }),
        );
      },
    });
    await waitForReady(page);
    await page.getByText("Map: Embedded").click();
    // A broken or empty .pmtiles file is named with what is wrong; the embedded map stays.
    const picker = page.getByLabel("Open a .pmtiles file…");
    await picker.setInputFiles(`${PMTILES}/invalid.pmtiles`);
    const message = page.locator(".basemap-message");
    await expect
      .poll(() => message.textContent())
      .toContain("“invalid.pmtiles” is not a PMTiles archive");
    expect(await message.textContent()).toContain("Showing the embedded offline map");
    await picker.setInputFiles(`${PMTILES}/empty.pmtiles`);
    await expect.poll(() => message.textContent()).toContain("“empty.pmtiles” is empty");
    expect(await page.evaluate(() => window.__nearmiss?.store.getState().basemap.kind)).toBe(
      "embedded",
    );
    // Then the online style fails (same page: each opening costs the suite seconds).
    expect(await page.getByText("loads tiles from OpenFreeMap (openfreemap.org)").isVisible()).toBe(
      true,
    );
    await page.getByLabel(/Streets online/).click();
    const alert = page.locator(".basemap-message");
    await expect
      .poll(() => alert.textContent())
      .toContain("Streets online could not be loaded (the style answered HTTP 503)");
    const state = await page.evaluate(() => ({
      kind: window.__nearmiss?.store.getState().basemap.kind,
      ext: window.__nearmiss?.map.getStyle().layers.filter((l) => l.id.startsWith("ext-")).length,
    }));
    expect(state).toEqual({ kind: "embedded", ext: 0 });
    await page.context().close();
  });

  it("merges an online style under the app's layers with bundled fonts and no sprite or glyph requests", async () => {
    const offOrigin: string[] = [];
    const fixture = readFileSync("test/fixtures/e2e-styles/liberty-fixture.json", "utf8");
    const { page } = await openApp(EMBASSY_LINK, undefined, {
      beforeGoto: async (p) => {
        await blockOffOrigin(offOrigin)(p);
        await p.route("https://tiles.openfreemap.org/styles/liberty", (route) =>
          route.fulfill({ status: 200, contentType: "application/json", body: fixture }),
        );
      },
    });
    await waitForReady(page);
    await page.getByText("Map: Embedded").click();
    await page.getByLabel(/Streets online/).click();
    await expect
      .poll(() => page.evaluate(() => Boolean(window.__nearmiss?.map.getLayer("ext-road-label"))))
      .toBe(true);
    await settle(page);
    const style = await page.evaluate(() => {
      const map = window.__nearmiss?.map;
      const layers = map?.getStyle().layers ?? [];
      const ids = layers.map((l) => l.id);
      return {
        font: map?.getLayoutProperty("ext-road-label", "text-font"),
        poi: ids.includes("ext-poi"),
        extBeforeApp:
          ids.indexOf("ext-road") <
          ids.findIndex((id) => !id.startsWith("base-") && !id.startsWith("ext-")),
      };
    });
    expect(style).toEqual({ font: ["Noto Sans SemiBold"], poi: false, extBeforeApp: true });
    await screenshot(page, "basemap-online-fixture");
    expect(offOrigin).toEqual([]);
    await page.context().close();
  });
});
