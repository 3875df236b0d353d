import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, waitForReady } from "./browser";

afterAll(closeBrowser);

describe("offline after one visit", () => {
  it("reloads with the network off and still shows the map, data and labels", async () => {
    const { page } = await openApp("", undefined, { serviceWorker: true });
    await waitForReady(page);
    // Wait until the service worker has cached what this visit loaded.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            // The worker precaches its build into one cache named after the build.
            const [name] = (await caches.keys()).filter((k) => k.startsWith("nearmiss-"));
            if (!name) return false;
            const keys = await (await caches.open(name)).keys();
            return (
              keys.some((r) => r.url.endsWith(".woff2")) &&
              keys.some((r) => r.url.includes("ukraine"))
            );
          }),
        { timeout: 20_000 },
      )
      .toBe(true);
    await page.context().setOffline(true);
    await page.reload();
    await waitForReady(page);
    const counts = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      return {
        missions: s?.missions.length ?? 0,
        strikes: s?.strikes.length ?? 0,
        issues: s?.issues.length ?? -1,
      };
    });
    expect(counts.missions).toBeGreaterThanOrEqual(4);
    expect(counts.strikes).toBeGreaterThan(0);
    expect(counts.issues).toBe(0);
    const basemapDrawn = await page.evaluate(
      () => (window.__nearmiss?.map.querySourceFeatures("basemap-ukraine").length ?? 0) > 0,
    );
    expect(basemapDrawn).toBe(true);
    await page.context().close();
  });
});
