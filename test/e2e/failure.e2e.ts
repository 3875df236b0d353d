import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openApp, screenshot, waitForReady } from "./browser";

afterAll(closeBrowser);

describe("bad input and failure", () => {
  it("names a missing strikes file and keeps the missions working", async () => {
    const { page } = await openApp("?strikes=./__fixtures/does-not-exist.geojson");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("__fixtures/does-not-exist.geojson");
    expect(await alert.textContent()).toContain("HTTP 404");
    await waitForReady(page);
    const missions = page.getByRole("list", { name: "Missions and sites" }).getByRole("button");
    expect(await missions.count()).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });

  it("names a malformed strikes file and says what is wrong with it", async () => {
    const { page } = await openApp("?strikes=./__fixtures/truncated.geojson");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("truncated.geojson");
    expect(await alert.textContent()).toMatch(/not valid JSON/);
    await page.context().close();
  });

  it("without WebGL shows a readable message while the list and details still work", async () => {
    const { page: noGl } = await openApp("", { width: 1280, height: 800 }, { withoutWebGL: true });
    const status = noGl.getByRole("status").first();
    await expect
      .poll(() => status.textContent())
      .toMatch(/cannot draw the map.*list and details still work/);
    const firstMission = noGl
      .getByRole("list", { name: "Missions and sites" })
      .getByRole("button")
      .first();
    await firstMission.click();
    await expect.poll(() => noGl.getByRole("article").count()).toBe(1);
    await screenshot(noGl, "no-webgl");
    await noGl.context().close();
  });
});
