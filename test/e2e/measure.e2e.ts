import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { distanceInterval, geodesicInverse } from "@/analysis/geodesic";
import type { Mission, Strike } from "@/domain/types";
import { formatDistanceInterval, formatSeparation } from "@/lib/format";
import {
  clickMap,
  closeBrowser,
  closePage,
  hashOf,
  openAt,
  openOnPhone,
  pagePointOf,
  screenshot,
  settle,
} from "./browser";
import { seedMissions, seedStrikes } from "./seed-data";

afterAll(closeBrowser);

const CRATER = "kyiv-embassy-kinzhal-crater-2024-01-02";
const EMBASSY = "embassy-kyiv";
const PARK = "heydar-aliyev-park-kyiv";
/** The day of the Kinzhal crater: its window holds one strike at the embassy's point. */
const JAN_2 = "#from=2024-01-02T00:00+02:00&to=2024-01-03T00:00+02:00";

const strikes = seedStrikes;
const missions = seedMissions;
const byId = <T extends { id: string }>(items: readonly T[], id: string) => {
  const item = items.find((x) => x.id === id);
  if (!item) throw new Error(`${id} is missing from the data`);
  return item;
};

/** "same mapped point (0–230 m)": the engine's geodesic distance and interval, formatted as the app does. */
function expectedText(a: Strike | Mission, b: Strike | Mission): string {
  const { distanceM } = geodesicInverse(a.lngLat, b.lngLat);
  const { minM, maxM } = distanceInterval(distanceM, a.uncertaintyM, b.uncertaintyM);
  return `${formatSeparation(distanceM)} (${formatDistanceInterval(minM, maxM)})`;
}

const points = (page: Page) =>
  page.evaluate(() =>
    window.__nearmiss?.store.getState().measurePoints.map((p) => p.ref?.id ?? "free"),
  );

describe("measure tool (1280×800)", () => {
  it("snaps crater → embassy and shows the engine's distance; drag, undo and Escape work", async () => {
    const crater = byId(strikes, CRATER);
    const embassy = byId(missions, EMBASSY);
    const park = byId(missions, PARK);
    const { page, requests, origin } = await openAt(JAN_2);
    await page.evaluate(() =>
      window.__nearmiss?.map.jumpTo({ center: [30.4903, 50.4613], zoom: 16 }),
    );
    await settle(page);

    await page.keyboard.press("m");
    const measure = page
      .getByRole("toolbar", { name: "Map tools" })
      .getByRole("button", { name: "Measure" });
    expect(await measure.getAttribute("aria-pressed")).toBe("true");
    const at = await pagePointOf(page, crater.lngLat);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => points(page)).toEqual([CRATER]);
    // Same spot again: the crater sits on the embassy's point, so the second click snaps to the embassy.
    await page.mouse.click(at.x + 2, at.y - 2);
    await expect.poll(() => points(page)).toEqual([CRATER, EMBASSY]);
    const readout = page.getByRole("status", { name: "Measurement" });
    const first = `Kh-47M2 Kinzhal, 2 Jan 2024 → Embassy of Azerbaijan in Kyiv: ${expectedText(crater, embassy)}`;
    await expect.poll(() => readout.textContent()).toContain(first);
    await expect.poll(() => hashOf(page)).toContain(`measure=s:${CRATER};m:${EMBASSY}`);
    await screenshot(page, "measure-desktop-crater-embassy");

    // Drag the embassy vertex onto the park: it re-snaps there and the distance follows.
    const to = await pagePointOf(page, park.lngLat);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(at.x + ((to.x - at.x) * i) / 8, at.y + ((to.y - at.y) * i) / 8);
    }
    await page.mouse.up();
    await expect.poll(() => points(page)).toEqual([CRATER, PARK]);
    await expect
      .poll(() => readout.textContent())
      .toContain(`→ Heydar Aliyev Park, Kyiv: ${expectedText(crater, park)}`);
    // The map did not pan while dragging.
    const after = await pagePointOf(page, crater.lngLat);
    expect(Math.hypot(after.x - at.x, after.y - at.y)).toBeLessThan(1);
    await screenshot(page, "measure-desktop-dragged");

    // A third, free point; Backspace undoes it; Escape finishes and keeps the path.
    await page.mouse.click(at.x + 150, at.y + 120);
    await expect.poll(() => points(page)).toEqual([CRATER, PARK, "free"]);
    await expect.poll(() => readout.textContent()).toMatch(/Total: /);
    await page.keyboard.press("Backspace");
    await expect.poll(() => points(page)).toEqual([CRATER, PARK]);
    await page.keyboard.press("Escape");
    expect(await measure.getAttribute("aria-pressed")).toBe("false");
    expect(await points(page)).toEqual([CRATER, PARK]);
    // Panning mode: a click on the map adds nothing.
    // A point of bare map: the readout keeps the finished path on screen and may cover some spots.
    const bare = await page.evaluate(
      ({ x, y }) => {
        const offsets: [number, number][] = [
          [-120, 80],
          [120, -80],
          [-200, -150],
          [200, 150],
          [0, 220],
        ];
        for (const [dx, dy] of offsets) {
          const hit = document.elementFromPoint(x + dx, y + dy);
          if (hit?.classList.contains("maplibregl-canvas")) return [x + dx, y + dy];
        }
        return null;
      },
      { x: at.x, y: at.y },
    );
    expect(bare).not.toBeNull();
    await clickMap(page, bare?.[0] ?? 0, bare?.[1] ?? 0);
    expect(await points(page)).toEqual([CRATER, PARK]);
    // The labels are drawn with the bundled glyphs: the measure label layer rendered features.
    const labels = await page.evaluate(
      () =>
        window.__nearmiss?.map.queryRenderedFeatures({ layers: ["measure-labels"] }).length ?? 0,
    );
    expect(labels).toBeGreaterThan(0);
    // …and everything, glyphs included, came from the app's own origin.
    const offOrigin = requests.filter(
      (u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"),
    );
    expect(offOrigin).toEqual([]);
    await page.getByRole("button", { name: "Clear" }).click();
    expect(await points(page)).toEqual([]);
    await closePage(page);
  });

  it("restores a shared measurement from the URL", async () => {
    const { page } = await openAt(`${JAN_2}&measure=s:${CRATER};m:${PARK}`);
    await expect.poll(() => points(page)).toEqual([CRATER, PARK]);
    const text = `Kh-47M2 Kinzhal, 2 Jan 2024 → Heydar Aliyev Park, Kyiv: ${expectedText(byId(strikes, CRATER), byId(missions, PARK))}`;
    await expect
      .poll(() => page.getByRole("status", { name: "Measurement" }).textContent())
      .toContain(text);
    await closePage(page);
  });

  it("'Measure to…' from a strike's details works from the keyboard", async () => {
    const hit = strikes.find((s) => s.id === "kyiv-embassy-compound-hit-2025-11-14");
    if (!hit) throw new Error("14 Nov 2025 embassy strike missing");
    const { page } = await openAt(`#strike=${hit.id}`);
    const details = page.getByRole("article");
    const select = details.getByRole("combobox", { name: "Measure to…" });
    await select.focus();
    await select.selectOption(PARK);
    await details.getByRole("button", { name: "Measure" }).focus();
    await page.keyboard.press("Enter");
    const expected = `→ Heydar Aliyev Park, Kyiv: ${expectedText(hit, byId(missions, PARK))}`;
    await expect.poll(() => details.getByRole("status").textContent()).toContain(expected);
    await closePage(page);
  });

  it("the mission panel lists the window's strikes by distance; a row selects the strike", async () => {
    const embassy = byId(missions, EMBASSY);
    const order = strikes
      .map((s) => ({ s, d: geodesicInverse(embassy.lngLat, s.lngLat).distanceM }))
      .sort((a, b) => a.d - b.d || a.s.tMs - b.s.tMs);
    const { page } = await openAt(`#mission=${EMBASSY}`);
    const table = page.getByRole("table", { name: "Strikes in the window by distance" });
    await table.waitFor();
    const rows = table.getByRole("row");
    const names = await rows.locator("th button").allTextContents();
    expect(names).toEqual(order.map((o) => o.s.name.en));
    const distances = await rows.locator("td:nth-child(2)").allTextContents();
    expect(distances).toEqual(order.map((o) => formatSeparation(o.d)));
    await page.getByRole("region", { name: "Range rings" }).scrollIntoViewIfNeeded();
    await screenshot(page, "measure-desktop-mission-panel");
    const target = order[3]?.s;
    await rows.getByRole("button", { name: target?.name.en ?? "" }).click();
    await expect
      .poll(() => page.getByRole("article").getByRole("heading", { level: 2 }).textContent())
      .toBe(target?.name.en);
    await closePage(page);
  });
});

describe("clusters (1280×800)", () => {
  it("draws the window's clusters with counts; choosing one lists its strikes", async () => {
    const { page } = await openAt(`#mission=${EMBASSY}`);
    const toggle = page.getByRole("button", { name: /^Clusters \(\d+\)$/ });
    await expect.poll(() => toggle.textContent()).not.toBe("Clusters (0)");
    // Badges as drawn (deduplicated across tiles): cluster id → count. The map draws the clusters
    // once the window rests and their tiles are made, which can be after the toggle's count.
    const drawnBadges = () =>
      page.evaluate(() => {
        const badges = (window.__nearmiss?.map.querySourceFeatures("clusters") ?? []).filter(
          (f) => f.properties.role === "badge",
        );
        return [
          ...new Map(
            badges.map((f) => [f.properties.clusterId, Number(f.properties.count)]),
          ).values(),
        ];
      });
    await expect.poll(async () => (await drawnBadges()).length).toBeGreaterThan(0);
    const drawn = await drawnBadges();
    const listed = await page.evaluate(() =>
      (window.__nearmiss?.store.getState().clusterResult?.clusters ?? []).map((c) => c.count),
    );
    expect([...drawn].sort()).toEqual([...listed].sort());
    await toggle.click();
    const panel = page.getByRole("region", { name: "Clusters of strikes" });
    await panel
      .getByRole("button", { name: /strikes ·/ })
      .first()
      .click();
    const members = panel.getByRole("region", { name: /Strikes in cluster/ }).getByRole("button");
    expect(await members.count()).toBe(listed[0]);
    expect(await members.allTextContents()).toContain(byId(strikes, CRATER).name.en);
    // The chosen cluster is drawn by the chosen layers (cluster-layers.ts), and only it.
    const chosenId = await page.evaluate(
      () => window.__nearmiss?.store.getState().selectedClusterId,
    );
    const chosenDrawn = () =>
      page.evaluate(() => [
        ...new Set(
          (
            window.__nearmiss?.map.queryRenderedFeatures({ layers: ["cluster-badges-chosen"] }) ??
            []
          ).map((f) => f.properties.clusterId),
        ),
      ]);
    await expect.poll(chosenDrawn).toEqual([chosenId]);
    await screenshot(page, "measure-desktop-clusters");
    await members.first().click();
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().selection?.kind))
      .toBe("strike");
    await closePage(page);
  });
});

describe("measure tool (375×812)", () => {
  it("shows a shared measurement and the mission panel on a phone", async () => {
    const { page } = await openOnPhone(`${JAN_2}&mission=${EMBASSY}&measure=s:${CRATER};m:${PARK}`);
    await page
      .getByRole("navigation", { name: "Views" })
      .getByRole("button", { name: "Map" })
      .tap();
    await page.evaluate(() =>
      window.__nearmiss?.map.jumpTo({ center: [30.4903, 50.4613], zoom: 16 }),
    );
    await settle(page);
    const readout = page.getByRole("status", { name: "Measurement" });
    await expect.poll(() => readout.isVisible()).toBe(true);
    await screenshot(page, "measure-mobile-map");
    await page
      .getByRole("navigation", { name: "Views" })
      .getByRole("button", { name: "Details" })
      .tap();
    const table = page.getByRole("table", { name: "Strikes in the window by distance" });
    await table.waitFor();
    // The map's tools step aside while the sheet is up.
    expect(await page.getByRole("toolbar", { name: "Map tools" }).isVisible()).toBe(false);
    // Scroll only the sheet (scrollIntoView would also scroll the page behind it).
    await page.evaluate(() => {
      const heading = document.getElementById("near-misses-h");
      let box = heading?.parentElement;
      while (
        box &&
        !(box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== "visible")
      ) {
        box = box.parentElement;
      }
      if (box && heading)
        box.scrollTop += heading.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    });
    await screenshot(page, "measure-mobile-mission");
    await closePage(page);
  });
});
