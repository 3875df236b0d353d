import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, SCREENSHOT_DIR } from "./browser";
import { seedStrikes } from "./seed-data";

afterAll(closeBrowser);

const POLL = { timeout: 20_000 };

/** The embassy's five incidents: the 2022 near misses, the 2024 crater, 28 Aug and 14 Nov 2025. */
const INCIDENTS = [
  "kyiv-embassy-near-miss-2022-04-28",
  "kyiv-embassy-near-miss-2022-06-26",
  "kyiv-embassy-kinzhal-crater-2024-01-02",
  "kyiv-embassy-near-strike-2025-08-28",
  "kyiv-embassy-compound-hit-2025-11-14",
];
const nameOf = (id: string) => {
  const s = seedStrikes.find((x) => x.id === id);
  if (!s) throw new Error(`${id} is missing from the data`);
  return s.name.en;
};

async function openHistory(page: Page) {
  const section = page.getByRole("region", {
    name: "History: every strike by time and distance, all dates",
  });
  await section.waitFor({ timeout: 45_000 });
  await section.scrollIntoViewIfNeeded();
  return section;
}

describe("a site's history", () => {
  it("shows every strike of the whole data for the embassy, the five incidents included", async () => {
    const { page } = await openApp("#mission=embassy-kyiv");
    const section = await openHistory(page);
    const chart = section.getByRole("img");
    await expect
      .poll(() => chart.getAttribute("aria-label"), POLL)
      .toMatch(new RegExp(`^${seedStrikes.length} strikes in the data, every one drawn`));
    const drawn = await chart.evaluate((svg) =>
      [...svg.querySelectorAll("[data-strike-id]")].map((g) => g.getAttribute("data-strike-id")),
    );
    expect(drawn).toHaveLength(seedStrikes.length);
    expect(drawn).toEqual(expect.arrayContaining(INCIDENTS));
    // Three of them sit on the embassy's own point: on the "same point" lane, not at 1 m.
    expect(await section.getByText("same point", { exact: true }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/site-history-1280.png`, fullPage: false });

    await section.getByText("Show the data as a table").click();
    const table = section.getByRole("table", {
      name: "Every strike by time, with its distance to the site",
    });
    await expect.poll(() => table.getByRole("row").count(), POLL).toBe(seedStrikes.length + 1);
    for (const id of INCIDENTS) {
      expect(await table.getByRole("button", { name: nameOf(id), exact: true }).count()).toBe(1);
    }
    // The crater's time reads as the Air Force's window, not as 08:00 or its 08:15 midpoint.
    const craterRow = table.getByRole("row").filter({ hasText: nameOf(INCIDENTS[2] as string) });
    await expect
      .poll(() => craterRow.textContent(), POLL)
      .toMatch(/2 Jan 2024, between 07:30 and 09:00/);
  }, 120_000);

  it("works on a phone: the same marks, and the table selects a strike", async () => {
    const { page } = await openApp(
      "#mission=embassy-kyiv",
      { width: 375, height: 812 },
      {
        isMobile: true,
      },
    );
    // On a phone the list shows first; choosing the embassy opens its details sheet.
    const embassy = page
      .getByRole("list", { name: "Missions and sites" })
      .getByRole("button", { name: /Embassy of Azerbaijan in Kyiv/ });
    await embassy.waitFor({ timeout: 45_000 });
    await embassy.tap();
    const section = await openHistory(page);
    const chart = section.getByRole("img");
    await expect
      .poll(() => chart.locator("[data-strike-id]").count(), POLL)
      .toBe(seedStrikes.length);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/site-history-375.png` });
    await section.getByText("Show the data as a table").click();
    const name = nameOf("kyiv-embassy-near-miss-2022-04-28");
    await section.getByRole("button", { name, exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => window.__nearmiss?.store.getState().selection), POLL)
      .toEqual({ kind: "strike", id: "kyiv-embassy-near-miss-2022-04-28" });
  }, 120_000);
});
