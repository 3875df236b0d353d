import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { writeRasterPmtiles } from "../helpers/pmtiles-writer";
import { closeBrowser, openApp, screenshot, settle, waitForReady } from "./browser";

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

const TILES = "public/streets/kyiv-2025-08";
/** A reader's own raster .pmtiles of central Kyiv (z13–15), built from the bundled OSM tiles. */
function kyivPmtiles(): string {
  const tiles = [13, 14, 15].flatMap((z) =>
    readdirSync(join(TILES, String(z))).flatMap((x) =>
      readdirSync(join(TILES, String(z), x)).map((name) => ({
        z,
        x: Number(x),
        y: Number(name.replace(".webp", "")),
        bytes: readFileSync(join(TILES, String(z), x, name)),
      })),
    ),
  );
  const file = join(mkdtempSync(join(tmpdir(), "nearmiss-pmtiles-")), "kyiv-osm.pmtiles");
  writeFileSync(file, writeRasterPmtiles(tiles, "webp", "© OpenStreetMap contributors"));
  return file;
}

/** Opens the view offline; a stored basemap choice stands for the reader's earlier pick. */
async function open(v: (typeof VIEWPORTS)[number], basemap?: string, view = VIEW) {
  const offOrigin: string[] = [];
  const tile = await darkTile;
  const { page } = await openApp(view, v.size, {
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
  await settle(page);
  return { page, offOrigin };
}

describe("the embassy at street zoom in every basemap testable offline", () => {
  for (const v of VIEWPORTS) {
    it(`satellite (a local dark image), ${v.name} px`, async () => {
      const { page, offOrigin } = await open(v, "satellite");
      const kind = await page.evaluate(() => window.__nearmiss?.store.getState().basemap.kind);
      expect(kind).toBe("satellite");
      await screenshot(page, `screens-satellite-${v.name}`);
      expect(offOrigin).toEqual([]);
      await page.context().close();
    });

    // One page for both (each opening at street zoom costs the suite seconds): the embedded
    // streets first, then the same view from a .pmtiles file.
    it(`embedded streets, then a local .pmtiles of Kyiv opened with the file picker, ${v.name} px`, async () => {
      const { page, offOrigin } = await open(v);
      await screenshot(page, `screens-embedded-${v.name}`);
      expect(offOrigin).toEqual([]);
      await page.getByText("Map: Embedded").click();
      await page.getByLabel("Open a .pmtiles file…").setInputFiles(kyivPmtiles());
      await expect
        .poll(() => page.evaluate(() => Boolean(window.__nearmiss?.map.getSource("ext-file"))))
        .toBe(true);
      await page.getByText(/^Map: /).click();
      await settle(page);
      await expect
        .poll(() => page.locator(".maplibregl-ctrl-attrib").textContent())
        .toContain("Your file kyiv-osm.pmtiles");
      await screenshot(page, `screens-pmtiles-${v.name}`);
      expect(offOrigin).toEqual([]);
      await page.context().close();
    });
  }
});

describe("strikes on one point", () => {
  it("show a count badge whose list lets the reader choose one", async () => {
    const { page } = await open(VIEWPORTS[0], undefined, "#map=17.00/50.46082/30.49056");
    const badge = await page.evaluate(() => {
      const map = window.__nearmiss?.map;
      const f = map?.queryRenderedFeatures({ layers: ["strike-stack-badges"] })[0];
      if (!map || f?.geometry.type !== "Point") return undefined;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x + 15, y: box.top + p.y - 15, count: f.properties.count };
    });
    expect(badge?.count).toBeGreaterThanOrEqual(2);
    await page.mouse.click(badge?.x ?? 0, badge?.y ?? 0);
    const list = page.getByRole("region", { name: "Strikes at one point" });
    await list.waitFor();
    await settle(page);
    await screenshot(page, "screens-stack-list-1280");
    const items = list.getByRole("listitem").getByRole("button");
    expect(await items.count()).toBe(badge?.count);
    const chosen = (await items.nth(1).locator(".item-title").textContent()) ?? "";
    await items.nth(1).click();
    await expect.poll(() => list.count()).toBe(0);
    const selection = await page.evaluate(() => window.__nearmiss?.store.getState().selection);
    expect(selection?.kind).toBe("strike");
    await expect
      .poll(() => page.locator(".panel-details").textContent())
      .toContain(chosen.slice(0, 30));
    await page.context().close();
  });
});

describe("startup cost of the bundled streets", () => {
  it("the default view (all of Ukraine) loads no street tile; street zoom in Kyiv does", async () => {
    const { page, requests } = await openApp("");
    await waitForReady(page);
    await settle(page);
    const streetTiles = () => requests.filter((u) => u.includes("/streets/kyiv-2025-08/"));
    expect(streetTiles()).toEqual([]);
    await page.evaluate(() => window.__nearmiss?.map.jumpTo({ center: [30.49, 50.46], zoom: 13 }));
    await settle(page);
    expect(streetTiles().length).toBeGreaterThan(0);
    await page.context().close();
  });
});
