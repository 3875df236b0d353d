import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import {
  announced,
  closeBrowser,
  hashOf,
  openApp,
  pagePointOf,
  screenshot,
  waitForReady,
} from "./browser";

afterAll(closeBrowser);

const NIGHT_FROM = "2025-11-13T18:00";
const NIGHT_TO = "2025-11-14T06:00";
const NIGHT = {
  startMs: Date.parse(`${NIGHT_FROM}:00+02:00`),
  endMs: Date.parse(`${NIGHT_TO}:00+02:00`),
};
const NIGHT_LABEL = "13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)";

/** Ids of the loaded strikes inside [startMs, endMs), read from the raw records (not the app's selectors). */
function expectedIds(page: Page, w: { startMs: number; endMs: number }) {
  return page.evaluate(
    ({ startMs, endMs }) =>
      (window.__nearmiss?.store.getState().strikes ?? [])
        .filter((s) => Date.parse(s.time) >= startMs && Date.parse(s.time) < endMs)
        .map((s) => s.id)
        .sort(),
    w,
  );
}

/** Strike ids the map's strikes source holds now (deduplicated across tiles). */
function drawnIds(page: Page) {
  return page.evaluate(() => {
    const features = window.__nearmiss?.map.querySourceFeatures("strikes") ?? [];
    return [...new Set(features.map((f) => String(f.properties.sid)))].sort();
  });
}

/** Strike ids the custom WebGL strike layer drew in its last frame (its time-sorted index range). */
function glDrawnIds(page: Page) {
  return page.evaluate(() => {
    const nm = window.__nearmiss;
    const layer = nm?.map.getLayer("strike-gl-icons") as unknown as
      | { implementation: { drawnRange(): { lo: number; hi: number } } }
      | undefined;
    const range = layer?.implementation.drawnRange();
    if (!nm || !range) return ["(no GL layer)"];
    return nm.store
      .getState()
      .strikes.slice(range.lo, range.hi)
      .map((s) => s.id)
      .sort();
  });
}

async function setExactWindow(page: Page, from: string, to: string) {
  const form = page.getByRole("form", { name: "Exact window" });
  await form.getByLabel("From").fill(from);
  await form.getByLabel("To").fill(to);
  await form.getByRole("button", { name: "Set", exact: true }).click();
}

const count = (page: Page) => page.locator(".timeline-count");

describe("time slider (1280×800)", () => {
  // One page for the whole-history view's event marker, the night and the link's reload (each
  // opening of the app costs the suite seconds).
  it("shows a diplomatic event from its marker; choosing the night of 13–14 Nov 2025 shows exactly its strikes on the map, in the list and the count; the link keeps it through a reload", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    const markers = page.getByRole("list", { name: "Diplomatic events" }).getByRole("button");
    expect(await markers.count()).toBeGreaterThan(0);
    // At the whole-history zoom the events of 14–21 Nov 2025 share one marker.
    const events = page.getByRole("list", { name: "Diplomatic events" });
    await events
      .getByRole("button", { name: /14 Nov 2025/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Protest note");
    const link = dialog.getByRole("link").first();
    expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    await screenshot(page, "timeline-event-popover");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await setExactWindow(page, NIGHT_FROM, NIGHT_TO);
    const expected = await expectedIds(page, NIGHT);
    expect(expected.length).toBeGreaterThan(0);
    // The 06:30 strike that morning lies outside the closed-open window.
    const all = await expectedIds(page, { startMs: NIGHT.startMs, endMs: NIGHT.endMs + 3_600_000 });
    expect(all.length).toBeGreaterThan(expected.length);

    await expect
      .poll(() => count(page).textContent())
      .toBe(`${expected.length} strikes · ${NIGHT_LABEL}`);
    // A screen reader hears the settled window once, through the app's one polite announcer.
    await expect
      .poll(() => announced(page))
      .toBe(`Time window: ${expected.length} strikes · ${NIGHT_LABEL}`);
    await expect.poll(() => drawnIds(page), { timeout: 10_000 }).toEqual(expected);
    // The GL layer that paints the strikes drew exactly the same records in its last frame.
    await expect.poll(() => glDrawnIds(page)).toEqual(expected);
    const list = page.getByRole("list", { name: /Strikes in the window/ });
    await expect.poll(() => list.getByRole("button").count()).toBe(expected.length);
    const keys = await list
      .getByRole("button")
      .evaluateAll((els) =>
        els.map((el) => el.getAttribute("data-key")?.replace(/^strike:/, "") ?? "").sort(),
      );
    expect(keys).toEqual(expected);
    const start = page.getByRole("slider", { name: "Window start" });
    expect(await start.getAttribute("aria-valuenow")).toBe(String(NIGHT.startMs));
    expect(await start.getAttribute("aria-valuetext")).toBe("13 Nov 2025, 18:00 Kyiv");
    await screenshot(page, "timeline-night-13-14-nov-2025");
    await expect.poll(() => hashOf(page)).toContain("from=2025-11-13T18:00+02:00");
    expect(await hashOf(page)).toContain("to=2025-11-14T06:00+02:00");
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => count(page).textContent()).toContain(NIGHT_LABEL);
    await expect.poll(() => drawnIds(page)).toEqual(await expectedIds(page, NIGHT));
    await page.context().close();
  });

  it("the night preset and night mode step night by night", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    await setExactWindow(page, "2025-11-13T20:00", "2025-11-20T20:00");
    await page.getByRole("button", { name: "Night", exact: true }).click();
    await expect.poll(() => count(page).textContent()).toContain(NIGHT_LABEL);
    expect(await page.getByRole("combobox", { name: "Mode" }).inputValue()).toBe("night");
    // Nights without strikes are skipped by default: the one before with strikes is in August.
    await page.getByRole("button", { name: "Previous window" }).click();
    await expect
      .poll(() => count(page).textContent())
      .toBe("2 strikes · 27 Aug 2025 18:00 – 28 Aug 2025 06:00 (Kyiv)");
    await page.getByRole("button", { name: "Next window" }).click();
    await expect.poll(() => count(page).textContent()).toContain(NIGHT_LABEL);
    await page.getByRole("checkbox", { name: "Skip nights without strikes" }).uncheck();
    await page.getByRole("button", { name: "Next window" }).click();
    await expect
      .poll(() => count(page).textContent())
      .toBe("0 strikes · 14 Nov 2025 18:00 – 15 Nov 2025 06:00 (Kyiv)");
    await expect.poll(() => drawnIds(page)).toEqual([]);
    await page.context().close();
  });

  it("keyboard: arrows step one bin, PageUp one window, End to the end; Space plays", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    await setExactWindow(page, NIGHT_FROM, NIGHT_TO);
    await page.getByRole("button", { name: "Fit window" }).click();
    const start = page.getByRole("slider", { name: "Window start" });
    const end = page.getByRole("slider", { name: "Window end" });
    await end.focus();
    await page.keyboard.press("ArrowRight");
    // Zoomed to about a day and a half: bins are hours.
    await expect.poll(() => end.getAttribute("aria-valuetext")).toBe("14 Nov 2025, 07:00 Kyiv");
    await expect.poll(() => drawnIds(page)).toContain("kyiv-obolon-zoi-haidai-2025-11-14");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("PageUp");
    await expect
      .poll(() => count(page).textContent())
      .toContain("14 Nov 2025 06:00 – 14 Nov 2025 18:00 (Kyiv)");
    await page.keyboard.press("PageDown");
    await expect.poll(() => start.getAttribute("aria-valuetext")).toBe("13 Nov 2025, 18:00 Kyiv");
    await page.keyboard.press("End");
    const domainEnd = await end.getAttribute("aria-valuemax");
    await expect.poll(() => end.getAttribute("aria-valuenow")).toBe(domainEnd);
    await start.focus();
    await page.keyboard.press("Space");
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().isPlaying))
      .toBe(true);
    await page.keyboard.press("Space");
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().isPlaying))
      .toBe(false);
    await page.context().close();
  });

  it("play advances the window and stops after the last strike, not in the empty months after it", async () => {
    const { page } = await openApp();
    await waitForReady(page);
    await setExactWindow(page, "2025-10-01T00:00", "2025-10-08T00:00");
    await page.getByRole("combobox", { name: "Speed" }).selectOption("month");
    const start = page.getByRole("slider", { name: "Window start" });
    const end = page.getByRole("slider", { name: "Window end" });
    const before = Number(await start.getAttribute("aria-valuenow"));
    const lastStrikeMs = await page.evaluate(() => {
      const strikes = window.__nearmiss?.store.getState().strikes ?? [];
      return Math.max(...strikes.map((s) => s.tMs));
    });
    // The timeline runs on to later diplomatic events (Feb 2026); playback must not.
    expect(Number(await end.getAttribute("aria-valuemax"))).toBeGreaterThan(
      lastStrikeMs + 30 * 86_400_000,
    );
    await page.getByRole("button", { name: "Play" }).click();
    await expect
      .poll(async () => Number(await start.getAttribute("aria-valuenow")))
      .toBeGreaterThan(before);
    await page.getByRole("button", { name: "Play" }).waitFor({ timeout: 20_000 });
    // The midnight (Kyiv) after the last strike, 14 Nov 2025 06:30.
    expect(Number(await end.getAttribute("aria-valuenow"))).toBe(
      Date.parse("2025-11-15T00:00+02:00"),
    );
    const width =
      Number(await end.getAttribute("aria-valuenow")) -
      Number(await start.getAttribute("aria-valuenow"));
    expect(width).toBe(7 * 86_400_000);
    await page.context().close();
  });

  it("a one-night window over the whole history keeps both handles apart and grabbable", async () => {
    const { page } = await openApp(`#from=${NIGHT_FROM}+02:00&to=${NIGHT_TO}+02:00`);
    await waitForReady(page);
    const start = page.getByRole("slider", { name: "Window start" });
    const end = page.getByRole("slider", { name: "Window end" });
    const a = await start.boundingBox();
    const b = await end.boundingBox();
    if (!a || !b) throw new Error("handles not found");
    // Side by side, at least 8 px apart (the window is under 1 px wide at this zoom).
    expect(b.x - (a.x + a.width)).toBeGreaterThanOrEqual(8);
    // Each grip is the topmost element at its centre: both can be grabbed.
    const topAt = (x: number, y: number) =>
      page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.getAttribute("aria-label"), [
        x,
        y,
      ] as const);
    expect(await topAt(a.x + a.width / 2, a.y + a.height / 2)).toBe("Window start");
    expect(await topAt(b.x + b.width / 2, b.y + b.height / 2)).toBe("Window end");
    // Every histogram bar reads: at least a fifth of the 60 px track, even for one strike.
    const heights = await page
      .locator(".timeline-bars rect")
      .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(3);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);
    // The first year of the history is labelled at the axis's left edge.
    expect(await page.locator(".timeline-tick-edge").textContent()).toBe("2022");
    await page.context().close();
  });
});

describe("strikes drawn by the GL layer stay clickable", () => {
  it("a click on a strike's symbol selects it", async () => {
    const { page } = await openApp("#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00");
    await waitForReady(page);
    const id = "kyiv-embassy-compound-hit-2025-11-14";
    await page.evaluate(() =>
      window.__nearmiss?.map.jumpTo({ center: [30.4906, 50.4608], zoom: 16 }),
    );
    const lngLat = await page.evaluate(
      (sid) => window.__nearmiss?.store.getState().strikes.find((s) => s.id === sid)?.lngLat,
      id,
    );
    if (!lngLat) throw new Error(`${id} is missing from the data`);
    const point = await pagePointOf(page, [lngLat[0], lngLat[1]]);
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().selection?.id))
      .toBe(id);
    await page.context().close();
  });
});

describe("time slider on a phone (375×812)", () => {
  it("is open from the start: count, play, presets and large handles, the rest behind More", async () => {
    const { page } = await openApp("", { width: 375, height: 812 }, { isMobile: true });
    await waitForReady(page);
    expect(await count(page).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Play" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Night", exact: true }).isVisible()).toBe(true);
    const start = page.getByRole("slider", { name: "Window start" });
    expect(await start.isVisible()).toBe(true);
    const box = await start.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(32);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    const more = page.getByRole("button", { name: "More" });
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("combobox", { name: "Speed" }).isVisible()).toBe(false);
    await screenshot(page, "timeline-mobile-compact");
    await more.tap();
    await page.getByRole("combobox", { name: "Speed" }).waitFor({ state: "visible" });
    await screenshot(page, "timeline-mobile-more");
    await page.context().close();
  });
});
