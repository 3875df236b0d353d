/** The plain-link fast path of safeHttpUrl agrees with `new URL` (property test, Node's URL). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainHttpUrl, safeHttpUrl } from "@/lib/safe-url";
import { plainUrlCandidates } from "../helpers/url-candidates";

describe("isPlainHttpUrl", () => {
  it("accepts common links, each exactly as new URL writes it", () => {
    for (const url of [
      "https://mfa.gov.az/en/news/1",
      "https://en.wikipedia.org/wiki/Kyiv_(city)?a=1&b=2#History",
      "http://example.org/e/100",
      "https://t.me/s/channel/123",
      "https://example.org/%D0%9A%D0%B8%D1%97%D0%B2",
      "https://example.org/?",
      "https://x.example.org/a/b.html#",
    ]) {
      expect(isPlainHttpUrl(url), url).toBe(true);
      expect(new URL(url).href).toBe(url);
    }
  });

  it("leaves to new URL what it would rewrite", () => {
    for (const url of [
      "HTTPS://example.org/",
      "https://Example.org/",
      "https://example.org",
      "https://example.org:443/",
      "https://user@example.org/",
      "https://127.0.0.1/",
      "https://0x7f.1/",
      "https://xn--e1afmkfd.xn--p1ai/",
      "https://example.org/a/../b",
      "https://example.org/a/%2e%2E/b",
      "https://example.org/./b",
      "https://example.org/a b",
      "https://example.org/a\\b",
      "https://example.org/?q='x'",
      "https://example.org/a\tb",
      "https://exa_mple.org/",
      "javascript:alert(1)//https://example.org/",
    ]) {
      expect(isPlainHttpUrl(url), url).toBe(false);
    }
  });

  it("never disagrees with new URL on generated link-like strings", () => {
    let accepted = 0;
    fc.assert(
      fc.property(plainUrlCandidates(), (raw) => {
        if (!isPlainHttpUrl(raw)) return;
        accepted++;
        expect(new URL(raw).href).toBe(raw);
      }),
      { numRuns: 5000, seed: 13 },
    );
    // The generator must reach the fast path often, or the property says nothing.
    expect(accepted).toBeGreaterThan(500);
  });
});

describe("safeHttpUrl", () => {
  it("accepts http and https only", () => {
    expect(safeHttpUrl("https://mfa.gov.az/en/news/1")).toBe("https://mfa.gov.az/en/news/1");
    expect(safeHttpUrl("http://example.org")).toBe("http://example.org/");
    expect(safeHttpUrl("HTTPS://Example.org/a/../b")).toBe("https://example.org/b");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,<b>x</b>")).toBeUndefined();
    expect(safeHttpUrl("not a url")).toBeUndefined();
  });
});
