import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { LINK_WRITE_DELAY_MS } from "@/state/url-state";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

/**
 * Opens the built app with CSP violations recorded from the first script on (an init script),
 * optional routes set before the page loads.
 */
async function open(path: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const recordViolations = () => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  };
  const { page } = await openApp(path, undefined, {
    beforeGoto: async (p) => {
      await p.addInitScript(recordViolations);
      await before?.(p);
    },
  });
  return page;
}

/**
 * Switches the distance units (a change the link holds) and resolves once the app's link writer has
 * had its turn: a timer of the writer's own delay, set after the writer's (store listeners run in
 * the order they subscribed, and equal timers fire in the order they were set). No sleep.
 */
function switchUnitsPastLinkWriter(page: Page): Promise<void> {
  return page.evaluate(
    (delayMs) =>
      new Promise<void>((resolve, reject) => {
        const store = window.__nearmiss?.store;
        if (!store) return reject(new Error("no store"));
        const stop = store.subscribe(() => {
          stop();
          setTimeout(resolve, delayMs);
        });
        store.getState().setDistanceUnit("imperial");
      }),
    LINK_WRITE_DELAY_MS,
  );
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const missionButtons = (page: Page) =>
  page.getByRole("list", { name: "Missions and sites" }).getByRole("button");
const linkNotice = (page: Page) => page.locator(".link-notice p");

describe("bad input never costs the user", () => {
  it("a 12 KB link of antipodal measure points opens with a notice", async () => {
    const pair = "30.523400,50.450100;-149.476600,-50.450100";
    const points = Array.from({ length: Math.ceil(12_000 / (pair.length + 1)) }, () => pair);
    const hash = `#measure=${points.join(";")}`;
    expect(hash.length).toBeGreaterThan(12_000);
    const page = await open(`./${hash}`);
    await waitForReady(page);
    const notice = await linkNotice(page).textContent();
    expect(notice).toContain("outside the map's area");
    expect(notice).toMatch(/more than 100 points, so \d+ were left out/);
    const readout = page.getByRole("status", { name: "Measurement" });
    await expect.poll(() => readout.isVisible()).toBe(true);
    await page.context().close();
  });

  it("a strikes file with a time in 1700 shows the data issue and the bundled missions", async () => {
    const page = await open("./?strikes=./__fixtures/strikes-1700.geojson");
    const issues = page.getByRole("alert");
    await expect
      .poll(() => issues.first().textContent(), { timeout: 60_000 })
      .toContain("strikes-1700.geojson");
    expect(await issues.first().textContent()).toContain("2000–2099");
    await waitForReady(page);
    expect(await missionButtons(page).count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator(".region-error").count()).toBe(0);
    await page.context().close();
  });

  it("a missing data file keeps the link exactly as it was and says why", async () => {
    const hash =
      "#from=2025-11-13T18:00+02:00&to=2025-11-14T06:00+02:00&strike=kyiv-2025-11-14&measure=s:kyiv-2025-11-14;30.500000,50.400000";
    const page = await open(`./?strikes=./__fixtures/no-such-file.geojson${hash}`);
    await waitForReady(page);
    await expect
      .poll(() => linkNotice(page).textContent(), { timeout: 60_000 })
      .toContain("kept unchanged");
    // A change the link would hold (units); once the link writer has had its turn, the link is
    // still exactly as it came.
    await switchUnitsPastLinkWriter(page);
    expect(new URL(page.url()).hash).toBe(hash);
    await page.context().close();
  });

  it("a link's data file is announced in a banner with a way back to the bundled data", async () => {
    const page = await open("./?events=./__fixtures/events-none.json");
    const banner = page.locator(".data-source-banner");
    await expect
      .poll(() => banner.textContent())
      .toContain("Showing data from ./__fixtures/events-none.json, not the bundled data set");
    await waitForReady(page);
    await screenshot(page, "robust-override-banner");
    await banner.getByRole("link", { name: "Use the bundled data" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await waitForReady(page);
    expect(await banner.count()).toBe(0);
    await page.context().close();
  });

  it("the analysis worker recovers from a failed start and from a crash", async () => {
    let served = 0;
    const page = await open("./", async (p) => {
      await p.context().route(/analysis-worker-[^/]*\.js$/, (route) => {
        served++;
        return served === 1
          ? route.fulfill({ status: 503, body: "unavailable" })
          : route.continue();
      });
    });
    await waitForReady(page);
    await page.getByRole("button", { name: /^Clusters \(/ }).click();
    const status = page.getByRole("region", { name: "Clusters of strikes" }).getByRole("status");
    // The first start failed (503); a later request started the worker again. If the panel is
    // still showing the failure, its Try again button is the way back.
    const text = await status.textContent();
    if (text?.startsWith("Clusters could not be computed"))
      await page.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => status.textContent()).toMatch(/^\d+ clusters? in the window\.$/);
    expect(served).toBe(2);

    // Crash the running worker from inside, then ask for new clusters.
    const worker = page.workers().find((w) => w.url().includes("analysis-worker"));
    expect(worker).toBeDefined();
    const closed = new Promise<void>((resolve) => worker?.once("close", () => resolve()));
    await worker?.evaluate(() => {
      setTimeout(() => {
        throw new Error("killed by the test");
      });
    });
    await closed;
    const distance = page.getByRole("spinbutton", { name: /Distance/ });
    await distance.fill("2000");
    await distance.press("Enter");
    // A new worker takes over (its script may come from the cache, so count workers, not
    // requests), and the panel shows its clusters.
    const analysisWorkers = () => page.workers().filter((w) => w.url().includes("analysis-worker"));
    await expect.poll(() => analysisWorkers().length).toBe(1);
    await expect.poll(() => status.textContent()).toMatch(/^\d+ clusters? in the window\.$/);
    const running = analysisWorkers();
    expect(running).toHaveLength(1);
    expect(running[0]).not.toBe(worker);
    await page.context().close();
  });

  it("a typical journey runs under the Content-Security-Policy with no violations", async () => {
    const page = await open("./");
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe");
    await waitForReady(page);
    await missionButtons(page).first().click();
    await expect.poll(() => page.getByRole("article").count()).toBe(1);
    const strikes = page.getByRole("list", { name: /Strikes in the window/ }).getByRole("button");
    await strikes.first().click();
    await page.getByRole("button", { name: /^Clusters \(/ }).click();
    const status = page.getByRole("region", { name: "Clusters of strikes" }).getByRole("status");
    await expect.poll(() => status.textContent()).toMatch(/clusters? in the window/);
    // Closed again, so the measuring clicks below land on the map, not on the popover.
    await page.getByRole("button", { name: /^Clusters \(/ }).click();
    await page
      .getByRole("toolbar", { name: "Map tools" })
      .getByRole("button", { name: "Measure" })
      .click();
    const box = await page.getByRole("region", { name: "Map", exact: true }).boundingBox();
    if (box) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.click(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60);
    }
    await expect
      .poll(() => page.getByRole("status", { name: "Measurement" }).textContent())
      .toMatch(/\d/);
    await waitForReady(page);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
