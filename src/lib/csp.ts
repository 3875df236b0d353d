/**
 * The page's Content-Security-Policy. The default configuration loads only from its own origin:
 * no inline script, no eval, no plugins. MapLibre decodes tiles and icons into blob:/data: images,
 * and the favicon is `data:,`. The only widening is a list of extra origins for online basemaps
 * (opt-in, see vite.config.ts) — tiles are fetched (connect-src) and may be images (img-src).
 */
export interface CspWidening {
  /** Origins of opt-in online basemaps, e.g. "https://tiles.example.org". */
  readonly basemapOrigins?: readonly string[];
}

const ORIGIN = /^https:\/\/[a-z0-9.-]+(:\d+)?$/;

/** Builds the policy text for a `<meta http-equiv="Content-Security-Policy">`. Pure. */
export function buildCsp(widening: CspWidening = {}): string {
  const extra = (widening.basemapOrigins ?? []).filter((o) => ORIGIN.test(o));
  const list = (...values: string[]) => [...values, ...extra].join(" ");
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${list("'self'", "data:", "blob:")}`,
    "font-src 'self'",
    `connect-src ${list("'self'")}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}
