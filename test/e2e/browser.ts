import { mkdirSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS } from "../../scripts/find-chromium.mjs";

export const SCREENSHOT_DIR = ".e2e-artifacts";

export interface AppPage {
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  readonly consoleErrors: string[];
  readonly origin: string;
}

let browser: Browser | undefined;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: inject("chromiumPath"),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Opens the built app (with an optional query/hash) in a fresh context and records its requests. */
export async function openApp(
  path = "",
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
  options: {
    withoutWebGL?: boolean;
    isMobile?: boolean;
    /** Runs before the first navigation (e.g. page.route for third-party hosts). */
    beforeGoto?: (page: Page) => Promise<void>;
  } = {},
): Promise<AppPage> {
  const b = await launch();
  const context = await b.newContext({
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
    hasTouch: options.isMobile ?? false,
  });
  if (options.withoutWebGL) {
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      // Simulates a browser without WebGL: every WebGL context request fails.
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.startsWith("webgl")) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
  }
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  const baseUrl = inject("baseUrl");
  await options.beforeGoto?.(page);
  await page.goto(new URL(path, baseUrl).href);
  return { page, requests, consoleErrors, origin: new URL(baseUrl).origin };
}

/** Waits until the map region reports ready (aria-busy cleared and the status says so). */
export async function waitForReady(page: Page): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Map ready" }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => {
    const map = window.__nearmiss?.map;
    return map ? map.loaded() && !map.isMoving() : false;
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path: file });
  return file;
}
