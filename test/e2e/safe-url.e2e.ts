/**
 * safeHttpUrl's plain-link fast path returns a link as it is; here Chromium's own URL parser must
 * agree on every generated link the fast path accepts (the unit test checks Node's).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isPlainHttpUrl } from "@/lib/safe-url";
import { plainUrlCandidates } from "../helpers/url-candidates";
import { closeBrowser, launch } from "./browser";

afterAll(closeBrowser);

describe("plain links in Chromium", () => {
  it("come back from new URL unchanged", async () => {
    const accepted = fc
      .sample(plainUrlCandidates(), { numRuns: 20_000, seed: 7 })
      .filter(isPlainHttpUrl);
    expect(accepted.length).toBeGreaterThan(2000);
    const page = await (await launch()).newPage();
    try {
      const changed = await page.evaluate(
        (links) => links.filter((l) => new URL(l).href !== l),
        accepted,
      );
      expect(changed).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
