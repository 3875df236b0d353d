/**
 * A link that `new URL` gives back unchanged: http(s), a lowercase DNS host whose last label is
 * letters (never an IP address, never punycode), no user or port, a path, and only characters
 * that no part of the URL escapes or rewrites (no dot segments, no `%2e`, no backslash, no
 * quote, no space). Checked against `new URL` in Node and in Chromium (test/lib/safe-url.test.ts,
 * test/e2e/safe-url.e2e.ts).
 */
const PLAIN_URL =
  /^https?:\/\/(?:(?!xn--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}\/(?:[\w\-.~!$&()*+,;=:@/]|%[0-9A-Fa-f]{2})*(?:\?(?:[\w\-.~!$&()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[\w\-.~!$&()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;
const REWRITTEN = /\/\.|%2e/i;

/**
 * True when `raw` is a plain http(s) link (see PLAIN_URL) that URL parsing returns as it is:
 * safeHttpUrl's answer for it is `raw` itself, without the cost of parsing (new URL took ~3 µs a
 * link in the import worker, 0.35 s of a 100k-row import).
 */
export function isPlainHttpUrl(raw: string): boolean {
  return PLAIN_URL.test(raw) && !REWRITTEN.test(raw);
}

/**
 * Returns the URL if it parses and uses http: or https:, otherwise undefined.
 * Untrusted links (data files) go through this before they become an `href`.
 */
export function safeHttpUrl(raw: string): string | undefined {
  if (isPlainHttpUrl(raw)) return raw;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
