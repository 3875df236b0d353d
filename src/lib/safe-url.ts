/**
 * Returns the URL if it parses and uses http: or https:, otherwise undefined.
 * Untrusted links (data files) go through this before they become an `href`.
 */
export function safeHttpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
