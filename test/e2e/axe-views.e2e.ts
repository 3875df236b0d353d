import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./axe";
import { closeBrowser, closePage, openApp, screenshot, settle } from "./browser";

afterAll(closeBrowser);

const STRIKE = "kyiv-embassy-compound-hit-2025-11-14";
const NIGHT = "from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00";
const AT_EMBASSY = "map=15.00/50.46082/30.49056";

/** A stand-in for the online streets style: a plain background (its real host is never asked). */
const STREETS_STYLE = JSON.stringify({
  version: 8,
  sources: {},
  layers: [{ id: "land", type: "background", paint: { "background-color": "#efe9dc" } }],
});
/** A grey tile standing in for satellite imagery (the real tiles are never fetched in tests). */
const GREY_JPEG = sharp({
  create: { width: 256, height: 256, channels: 3, background: { r: 90, g: 96, b: 88 } },
})
  .jpeg()
  .toBuffer();

/** Opens a view with every off-origin request answered locally or refused (and recorded). */
async function open(hash: string, basemap?: string) {
  const offOrigin: string[] = [];
  const app = await openApp(
    `#${hash}`,
    { width: 1280, height: 800 },
    {
      beforeGoto: async (p: Page) => {
        if (basemap)
          await p.addInitScript((b) => localStorage.setItem("nearmiss.basemap", b), basemap);
        await p.context().route("**/*", (route) => {
          const url = route.request().url();
          if (url.startsWith("https://tiles.openfreemap.org/styles/"))
            return route.fulfill({
              status: 200,
              contentType: "application/json",
              body: STREETS_STYLE,
            });
          if (url.startsWith("https://tiles.maps.eox.at/"))
            return GREY_JPEG.then((body) =>
              route.fulfill({ status: 200, contentType: "image/jpeg", body }),
            );
          if (/^(http:\/\/127\.0\.0\.1|blob:|data:)/.test(url)) return route.continue();
          offOrigin.push(url);
          return route.abort("internetdisconnected");
        });
      },
    },
  );
  // Not waitForReady: it reads "Map ready" in English, and these views may be in another language.
  await app.page.waitForFunction(
    () => {
      const map = window.__nearmiss?.map;
      const busy = document.querySelector(".map-region")?.getAttribute("aria-busy");
      return map ? map.loaded() && !map.isMoving() && busy === "false" : false;
    },
    null,
    { timeout: 120_000 },
  );
  return { page: app.page, offOrigin };
}

describe("axe: zero serious or critical violations in every view the issue names", () => {
  it("a selected site with rings, the measure tool with a measurement, the import dialog", async () => {
    const { page, offOrigin } = await open(
      `${NIGHT}&${AT_EMBASSY}&mission=embassy-kyiv&rings=100,1000&measure=s:${STRIKE};m:heydar-aliyev-park-kyiv`,
    );
    await page
      .getByRole("article")
      .getByRole("heading", { name: /Embassy of Azerbaijan/ })
      .waitFor();
    await page.getByRole("region", { name: "Range rings" }).waitFor();
    expect(await seriousAxeViolations(page), "site with rings").toEqual([]);
    const measure = page.getByRole("toolbar").getByRole("button", { name: "Measure", exact: true });
    await measure.focus();
    await measure.press("Enter");
    await expect.poll(() => measure.getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("status", { name: "Measurement" }).getByText(/→/).first().waitFor();
    await settle(page);
    await screenshot(page, "axe-measure-1280");
    expect(await seriousAxeViolations(page), "measure tool with a measurement").toEqual([]);
    const importButton = page.getByRole("button", { name: "Import…" }).first();
    await importButton.focus();
    await importButton.press("Enter");
    await page.getByRole("dialog", { name: "Import data" }).waitFor();
    await screenshot(page, "axe-import-1280");
    expect(await seriousAxeViolations(page), "import dialog").toEqual([]);
    expect(offOrigin).toEqual([]);
    await closePage(page);
  });

  for (const basemap of ["streets", "satellite"]) {
    it(`the ${basemap} online basemap (tiles answered locally)`, async () => {
      const { page, offOrigin } = await open(`${NIGHT}&${AT_EMBASSY}&strike=${STRIKE}`, basemap);
      await expect
        .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().basemap.kind))
        .toBe(basemap);
      await page.getByRole("article").waitFor();
      await settle(page);
      await screenshot(page, `axe-basemap-${basemap}-1280`);
      expect(await seriousAxeViolations(page), basemap).toEqual([]);
      expect(offOrigin).toEqual([]);
      await closePage(page);
    });
  }

  for (const lang of ["uk", "az"]) {
    it(`the interface in ${lang}, a strike selected`, async () => {
      const { page, offOrigin } = await open(
        `${NIGHT}&${AT_EMBASSY}&strike=${STRIKE}&lang=${lang}`,
      );
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.getByRole("article").waitFor();
      await settle(page);
      await screenshot(page, `axe-lang-${lang}-1280`);
      expect(await seriousAxeViolations(page), lang).toEqual([]);
      expect(offOrigin).toEqual([]);
      await closePage(page);
    });
  }
});
