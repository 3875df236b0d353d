import { mkdirSync } from "node:fs";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
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
    /** The browser's language (navigator.language and Accept-Language), e.g. "uk-UA". */
    locale?: string;
    /** Runs before the first navigation (e.g. page.route for third-party hosts). */
    beforeGoto?: (page: Page) => Promise<void>;
    /**
     * Lets the app register its service worker. Off by default: the worker's install precaches the
     * whole build in every fresh context, work that competes with the test for the CPU; the
     * offline tests switch it on (service-worker.e2e makes its own contexts).
     */
    serviceWorker?: boolean;
  } = {},
): Promise<AppPage> {
  const b = await launch();
  const context = await b.newContext({
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
    serviceWorkers: options.serviceWorker ? "allow" : "block",
    hasTouch: options.isMobile ?? false,
    ...(options.locale ? { locale: options.locale } : {}),
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
  await settle(page);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path: file });
  return file;
}

// ── given / when / then: the shared e2e driver ──────────────────────────────────────────────────
// Every e2e file opens, acts and reads through these, so a change in how the app signals "ready"
// or exposes its debug handle is made once. Add helpers here; do not rename existing ones (other
// files depend on them).

export type Rgba = [number, number, number, number];
type Viewport = { width: number; height: number };
type OpenOptions = Parameters<typeof openApp>[2];

/** The phone viewport every phone test uses (375×812 CSS px). */
export const PHONE: Viewport = { width: 375, height: 812 };

/** Given: the app opened at a link state (`#from=…&strike=…`) and ready (map loaded and still). */
export async function openAt(
  state = "",
  viewport: Viewport = { width: 1280, height: 800 },
  options: OpenOptions = {},
): Promise<AppPage> {
  const app = await openApp(state, viewport, options);
  await waitForReady(app.page);
  return app;
}

/** Given: the app on a phone (touch, 375×812) at a link state, ready. */
export function openOnPhone(state = "", options: OpenOptions = {}): Promise<AppPage> {
  return openAt(state, PHONE, { isMobile: true, ...options });
}

/** Ends a test's page: closes its browser context (the browser stays for the next test). */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/**
 * Reads the app's debug handle (`window.__nearmiss`: its map and store) inside the page. `read` runs
 * in the page, so it may use only its arguments (JSON-serialisable `arg`), not the test's closure.
 */
export function readDebug<T, A = null>(
  page: Page,
  read: (handle: NonNullable<Window["__nearmiss"]>, arg: A) => T,
  arg?: A,
): Promise<T> {
  return page.evaluate(
    `(() => {
      const handle = window.__nearmiss;
      if (!handle) throw new Error("the app's debug handle is missing (map not mounted)");
      return (${read.toString()})(handle, ${JSON.stringify(arg ?? null)});
    })()`,
  ) as Promise<T>;
}

/** The store's current selection as `kind:id`, or null. */
export function selectionOf(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const sel = window.__nearmiss?.store.getState().selection;
    return sel ? `${sel.kind}:${sel.id}` : null;
  });
}

/** When: selects a strike or mission through the store, as a list pick would (the map flies to it). */
export async function select(page: Page, kind: "strike" | "mission", id: string): Promise<void> {
  await page.evaluate(
    ({ kind, id }) => window.__nearmiss?.store.getState().select({ kind, id }, "list"),
    { kind, id },
  );
  await page.waitForFunction(
    ({ kind, id }) => {
      const sel = window.__nearmiss?.store.getState().selection;
      return sel?.kind === kind && sel.id === id;
    },
    { kind, id },
  );
}

/**
 * Then-ready: waits until the map has loaded everything it asked for (style, sources, every tile)
 * and stands still. Up to 60 s: a machine shared by several test runs can be slow.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.__nearmiss?.map;
      return map ? map.loaded() && map.areTilesLoaded() && !map.isMoving() : false;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * When: clicks the map at a page point and returns once the map has dispatched that click, so the
 * app's own click handlers (registered earlier) have run — a test may then assert that nothing
 * changed without sleeping.
 */
export async function clickMap(page: Page, x: number, y: number): Promise<void> {
  const clicked = page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const map = window.__nearmiss?.map;
        if (!map) return reject(new Error("no map"));
        map.once("click", () => resolve());
      }),
  );
  // The listener is in place once the evaluate has reached the page; a no-op round trip orders it.
  await page.evaluate(() => undefined);
  await page.mouse.click(x, y);
  await clicked;
}

/** Page (CSS px) coordinates of a [lng, lat] on the map, once the map has settled. */
export async function pagePointOf(
  page: Page,
  lngLat: readonly [number, number],
): Promise<{ x: number; y: number }> {
  await settle(page);
  const p = await page.evaluate(
    (ll) => window.__nearmiss?.map.project([ll[0], ll[1]]),
    lngLat as [number, number],
  );
  const box = await page.locator(".maplibregl-canvas").boundingBox();
  if (!p || !box) throw new Error("map not ready");
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Then: the map's drawing-buffer colour at a canvas CSS-px point, read inside a painted frame. */
export function mapPixel(page: Page, x: number, y: number): Promise<Rgba> {
  return page.evaluate(
    ({ x, y }) =>
      new Promise<Rgba>((resolve, reject) => {
        const map = window.__nearmiss?.map;
        if (!map) return reject(new Error("no map"));
        map.once("render", () => {
          const gl = map.painter.context.gl;
          const ratio = map.getPixelRatio();
          const out = new Uint8Array(4);
          const px = Math.round(x * ratio);
          const py = gl.drawingBufferHeight - 1 - Math.round(y * ratio);
          gl.readPixels(px, py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          resolve([out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0]);
        });
        map.triggerRepaint();
      }),
    { x, y },
  );
}

/** Then: how many pixels of a screenshot region fall in an RGB box (inclusive min, exclusive max). */
export async function countPixels(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  box: { min: [number, number, number]; max: [number, number, number] },
): Promise<number> {
  const png = (await page.screenshot({ clip })).toString("base64");
  return page.evaluate(
    async ({ data, box }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d");
      if (!ctx) return -1;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) {
        let inside = true;
        for (let c = 0; c < 3; c++) {
          const v = px[i + c] ?? 0;
          if (v < (box.min[c] ?? 0) || v >= (box.max[c] ?? 256)) inside = false;
        }
        if (inside) n++;
      }
      return n;
    },
    { data: png, box },
  );
}

/** Then: the page's location hash (the link state). */
export function hashOf(page: Page): Promise<string> {
  return page.evaluate(() => location.hash);
}

/** When: a one-finger drag through the browser's touch input (the pointer events follow from it). */
export async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 8,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send("Input.dispatchTouchEvent", {
    type: "touchStart",
    touchPoints: point(from.x, from.y),
  });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(x, y) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** Then: what the screen reader last heard from the app's polite live region (#announcer). */
export function announced(page: Page): Promise<string> {
  return page.locator("#announcer").evaluate((el) => el.textContent ?? "");
}

/** Then: the fixed frame's numbers — document scroll, header top, timeline bottom, window height. */
export function frameOf(page: Page): Promise<{
  scrollTop: number;
  headerTop: number;
  headerBottom: number;
  timelineTop: number;
  timelineBottom: number;
  innerHeight: number;
}> {
  return page.evaluate(() => {
    const header = document.querySelector(".app-header")?.getBoundingClientRect();
    const timeline = document.querySelector(".timeline")?.getBoundingClientRect();
    return {
      scrollTop: document.scrollingElement?.scrollTop ?? -1,
      headerTop: header?.top ?? -1,
      headerBottom: header?.bottom ?? -1,
      timelineTop: timeline?.top ?? Number.POSITIVE_INFINITY,
      timelineBottom: timeline?.bottom ?? Number.POSITIVE_INFINITY,
      innerHeight: window.innerHeight,
    };
  });
}

/** Given: counts pointer and mouse presses from now on (a keyboard-only journey expects none). */
export async function countPointerPresses(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __pointerPresses: number };
    w.__pointerPresses = 0;
    for (const type of ["pointerdown", "mousedown", "touchstart"])
      document.addEventListener(type, () => w.__pointerPresses++, { capture: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __pointerPresses: number }).__pointerPresses);
}

/** The "Import data" dialog. */
export function importDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Import data" });
}

/** When: opens "Import…" and hands `files` to its file picker; returns the dialog (not yet imported). */
export async function chooseImportFiles(page: Page, files: string | string[]): Promise<Locator> {
  await page.getByRole("button", { name: "Import…" }).first().click();
  const dialog = importDialog(page);
  await dialog.getByLabel("Files").setInputFiles(files);
  return dialog;
}
