import { afterAll, describe, expect, it } from "vitest";
import { strikeMissionDistances } from "@/analysis/proximity";
import { formatDistanceInterval, formatSeparation } from "@/lib/format";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";
import { seedMissions, seedStrikes } from "./seed-data";

afterAll(closeBrowser);

describe("offline map (1280×800)", () => {
  it("loads offline, says ready, and requests nothing outside its origin", async () => {
    const { page, requests, origin } = await openApp();
    const region = page.getByRole("region", { name: "Map", exact: true });
    await waitForReady(page);
    expect(await region.getAttribute("aria-busy")).toBe("false");
    const offOrigin = requests.filter(
      (u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"),
    );
    expect(offOrigin).toEqual([]);
    expect(requests.some((u) => u.endsWith(".woff2"))).toBe(true);
    await screenshot(page, "desktop-ukraine");
    await page.context().close();
  });

  it("shows every mission's name in the list and draws every mission on the map", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    const names = await page.evaluate(() =>
      window.__nearmiss?.store.getState().missions.map((m) => m.name.en),
    );
    expect(names?.length).toBeGreaterThanOrEqual(4);
    const list = page.getByRole("list", { name: "Missions and sites" });
    for (const name of names ?? []) {
      await expect.poll(() => list.getByRole("button", { name }).isVisible()).toBe(true);
    }
    const drawn = await page.evaluate(() => {
      const map = window.__nearmiss?.map;
      const features = map?.querySourceFeatures("missions") ?? [];
      return new Set(features.map((f) => f.properties.mid)).size;
    });
    expect(drawn).toBe(names?.length);
    await page.context().close();
  });

  it("selecting the 14 Nov 2025 strike in the list shows its details and distance to the embassy", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    const expected = await page.evaluate(() => {
      const state = window.__nearmiss?.store.getState();
      const strike = state?.strikes.find(
        (s) => s.time.startsWith("2025-11-14") && s.missionIds.length > 0,
      );
      return strike ? { id: strike.id, name: strike.name.en } : undefined;
    });
    expect(expected).toBeDefined();
    const list = page.getByRole("list", { name: /Strikes in the window/ });
    const button = list.getByRole("button", { name: new RegExp(expected?.name ?? "none") });
    await button.focus();
    await page.keyboard.press("Enter");
    const details = page.getByRole("article");
    await expect
      .poll(() => details.getByRole("heading", { level: 2 }).textContent())
      .toBe(expected?.name);
    await expect.poll(() => details.textContent()).toContain("14 Nov 2025");
    // The distance shown is the engine's exact geodesic figure for the shipped data.
    const missions = seedMissions;
    const strikes = seedStrikes;
    const strike = strikes.find((s) => s.id === expected?.id);
    const embassy = missions.find((m) => m.id === "embassy-kyiv");
    if (!strike || !embassy) throw new Error("seed data lacks the 14 Nov strike or the embassy");
    const [d] = strikeMissionDistances(strike, [embassy]);
    if (!d) throw new Error("no distance computed");
    const row = details.getByRole("row", { name: /Embassy of Azerbaijan in Kyiv/ }).first();
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells.slice(0, 2)).toEqual([
      formatSeparation(d.distanceM),
      formatDistanceInterval(d.minM, d.maxM),
    ]);
    // The selection is mirrored on the map as feature-state.
    const selected = await page.evaluate((id) => {
      const state = window.__nearmiss?.store.getState();
      const strike = state?.strikes.find((s) => s.id === id);
      return strike
        ? window.__nearmiss?.map.getFeatureState({ source: "strikes", id: strike.mapId })
        : undefined;
    }, expected?.id);
    expect(selected).toEqual({ selected: true });
    await screenshot(page, "desktop-selected-strike");
    await page.context().close();
  });
});
