import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, pagePointOf, settle, waitForReady } from "./browser";

afterAll(closeBrowser);

const selection = (page: Page) =>
  page.evaluate(() => {
    const sel = window.__nearmiss?.store.getState().selection;
    return sel ? `${sel.kind}:${sel.id}` : null;
  });

describe("picking on the map (1280×800)", () => {
  it("repeated clicks on overlapping symbols reach every strike and the mission there", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    // Everything the data places on the Kyiv embassy's own point.
    const here = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      const embassy = s?.missions.find((m) => m.id === "embassy-kyiv");
      if (!s || !embassy) return undefined;
      const [lng, lat] = embassy.lngLat;
      const onIt = s.strikes.filter((x) => x.lngLat[0] === lng && x.lngLat[1] === lat);
      return { lngLat: [lng, lat] as const, strikes: onIt.map((x) => `strike:${x.id}`) };
    });
    expect(here?.strikes.length).toBeGreaterThanOrEqual(2);
    await page.evaluate(
      (ll) => window.__nearmiss?.map.jumpTo({ center: [ll[0], ll[1]], zoom: 16 }),
      here?.lngLat as [number, number],
    );
    const at = await pagePointOf(page, here?.lngLat ?? [0, 0]);
    const picked: (string | null)[] = [];
    for (let i = 0; i < (here?.strikes.length ?? 0) + 2; i++) {
      const before = await selection(page);
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => selection(page)).not.toBe(before);
      picked.push(await selection(page));
    }
    // A strike first (strike symbols draw above missions), then each in turn, then around again.
    expect(picked[0]).toMatch(/^strike:/);
    expect(new Set(picked)).toEqual(new Set([...(here?.strikes ?? []), "mission:embassy-kyiv"]));
    expect(picked.at(-1)).toBe(picked[0]);
    await page.context().close();
  });

  it("in a window too large for the GeoJSON copy, a click selects and the selection is marked", async () => {
    const { page } = await openApp(
      "?strikes=./__generated/strikes-6000.geojson&events=./__fixtures/events-none.json",
    );
    await waitForReady(page);
    const target = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      const strike = s?.strikes[1234];
      return strike ? { id: strike.id, lngLat: strike.lngLat as [number, number] } : undefined;
    });
    expect(await page.getByRole("list", { name: /Strikes in the window \(6000\)/ }).count()).toBe(
      1,
    );
    await page.evaluate(
      (ll) => window.__nearmiss?.map.jumpTo({ center: ll, zoom: 17 }),
      target?.lngLat as [number, number],
    );
    await settle(page);
    const at = await pagePointOf(page, target?.lngLat ?? [0, 0]);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selection(page)).toBe(`strike:${target?.id}`);
    // The highlight ring needs the selected strike in the (otherwise empty) GeoJSON copy.
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.__nearmiss?.map.querySourceFeatures("strikes").map((f) => f.properties.sid),
        ),
      )
      .toEqual([target?.id]);
    await page.context().close();
  });
});

describe("picking on a phone (375×812)", () => {
  it("a strike chosen on the map is in view when the List tab opens", async () => {
    const { page } = await openApp("", { width: 375, height: 812 }, { isMobile: true });
    await waitForReady(page);
    // The latest strike: the list is in time order, so its row is far below the list's top.
    const id = await page.evaluate(() => {
      const s = window.__nearmiss?.store.getState();
      const last = s?.strikes.at(-1);
      if (last) s?.select({ kind: "strike", id: last.id }, "map");
      return last?.id;
    });
    await page
      .getByRole("navigation", { name: "Views" })
      .getByRole("button", { name: "List", exact: true })
      .tap();
    const row = page.locator(`[data-key="strike:${id}"]`);
    await expect.poll(() => row.getAttribute("aria-pressed")).toBe("true");
    await expect
      .poll(async () => {
        const panel = await page.locator(".panel-list").boundingBox();
        const box = await row.boundingBox();
        // Within the panel, give or take a subpixel.
        return (
          !!panel &&
          !!box &&
          box.y >= panel.y - 1 &&
          box.y + box.height <= panel.y + panel.height + 1
        );
      })
      .toBe(true);
    await page.context().close();
  });
});
