import { readFileSync } from "node:fs";
import type { StyleSpecification } from "maplibre-gl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FONT_NAMES } from "@/map/basemap-layers";
import { syncBasemap } from "@/map/basemap-switch";
import { EXT_PREFIX } from "@/map/ids";
import { loadExternalBasemap } from "@/map/online-basemaps";
import { bundledFont, rewriteStyle } from "@/map/style-rewrite";
import { createAppStore } from "@/state/store";
import { FakeMap } from "../helpers/fake-map";

const FIXTURE = JSON.parse(
  readFileSync("test/fixtures/e2e-styles/liberty-fixture.json", "utf8"),
) as StyleSpecification;
const STYLE_URL = "https://tiles.example.org/styles/liberty";
const BUNDLED = new Set<string>(Object.values(FONT_NAMES));

/** Every `text-font` value of every symbol layer, flattened to its strings. */
function fontsOf(layers: readonly { type: string; layout?: unknown }[]): string[] {
  return layers
    .filter((l) => l.type === "symbol")
    .flatMap((l) => (l.layout as { "text-font"?: unknown })["text-font"])
    .flatMap((f) => (Array.isArray(f) ? f.flat(3) : [f]))
    .filter((f): f is string => typeof f === "string");
}

afterEach(() => vi.unstubAllGlobals());

describe("rewriteStyle", () => {
  const out = rewriteStyle(FIXTURE, STYLE_URL);

  it("maps third-party font stacks onto the bundled Noto Sans faces", () => {
    expect(bundledFont(["Noto Sans Bold"])).toBe(FONT_NAMES.semibold);
    expect(bundledFont(["Open Sans Italic", "Arial Unicode MS Regular"])).toBe(FONT_NAMES.italic);
    expect(bundledFont(["Metropolis Regular"])).toBe(FONT_NAMES.regular);
    const fonts = fontsOf(out.layers);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(BUNDLED).toContain(font);
  });

  it("rewrites font expressions and fills in a missing text-font", () => {
    const style = {
      version: 8,
      sources: { s: { type: "geojson", data: "data/roads.json" } },
      layers: [
        { id: "a", type: "symbol", source: "s", layout: { "text-field": "x" } },
        {
          id: "b",
          type: "symbol",
          source: "s",
          layout: { "text-field": "x", "text-font": ["literal", ["Roboto Medium"]] },
        },
      ],
    } as unknown as StyleSpecification;
    const { sources, layers } = rewriteStyle(style, STYLE_URL);
    expect(fontsOf(layers)).toEqual([FONT_NAMES.regular, FONT_NAMES.semibold]);
    expect(sources[`${EXT_PREFIX}s`]).toMatchObject({
      data: "https://tiles.example.org/styles/data/roads.json",
    });
  });

  it("prefixes every id, drops icons and icon-only symbols, keeps no glyphs or sprite", () => {
    expect(Object.keys(out.sources)).toEqual([`${EXT_PREFIX}streets`]);
    expect(out.layers.map((l) => l.id)).toEqual([
      `${EXT_PREFIX}background`,
      `${EXT_PREFIX}road`,
      `${EXT_PREFIX}road-label`,
    ]);
    for (const layer of out.layers) {
      if ("source" in layer) expect(layer.source).toBe(`${EXT_PREFIX}streets`);
      expect(JSON.stringify(layer)).not.toContain("icon-image");
    }
    const text = JSON.stringify(out);
    expect(text).not.toContain("glyphs");
    expect(text).not.toContain("sprite");
    expect(text).not.toContain("/fonts/");
  });
});

describe("loadExternalBasemap", () => {
  it("a fetched third-party style arrives without its glyph server, in bundled fonts", async () => {
    const fetchStub = vi.fn(async () => new Response(JSON.stringify(FIXTURE)));
    vi.stubGlobal("fetch", fetchStub);
    const external = await loadExternalBasemap({ kind: "streets" });
    expect(fetchStub).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(external)).not.toContain("openfreemap.org/fonts");
    for (const font of fontsOf(external?.layers ?? [])) expect(BUNDLED).toContain(font);
  });
});

describe("syncBasemap", () => {
  const APP = ["mission-halo-fill", "strikes-symbol"];
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  function setUp() {
    const map = new FakeMap(["base-background", "base-streets-city", "base-place-labels", ...APP]);
    const store = createAppStore();
    const stop = syncBasemap(map.asMap, store);
    return { map, store, stop };
  }

  it("draws a chosen basemap under every app layer and hides the embedded one", async () => {
    const { map, store, stop } = setUp();
    store.getState().setBasemap({ kind: "satellite" });
    await flush();
    const order = map.getLayersOrder();
    const ext = order.filter((id) => id.startsWith(EXT_PREFIX));
    expect(ext.length).toBeGreaterThan(0);
    for (const id of ext)
      for (const app of APP) expect(order.indexOf(id)).toBeLessThan(order.indexOf(app));
    const hidden = map
      .callsTo("setLayoutProperty")
      .filter((c) => c.args[2] === "none")
      .map((c) => c.args[0]);
    expect(hidden).toEqual(["base-background", "base-streets-city", "base-place-labels"]);
    stop();
  });

  it("back to the embedded map removes every external layer and shows the base again", async () => {
    const { map, store, stop } = setUp();
    store.getState().setBasemap({ kind: "satellite" });
    await flush();
    store.getState().setBasemap({ kind: "embedded" });
    await flush();
    expect(map.getLayersOrder()).toEqual([
      "base-background",
      "base-streets-city",
      "base-place-labels",
      ...APP,
    ]);
    expect(map.callsTo("setLayoutProperty").at(-1)?.args).toEqual([
      "base-place-labels",
      "visibility",
      "visible",
    ]);
    stop();
  });

  it("a failing external tile source falls back to the embedded map with a message", async () => {
    const { map, store, stop } = setUp();
    store.getState().setBasemap({ kind: "satellite" });
    await flush();
    map.fire("error", { sourceId: `${EXT_PREFIX}raster`, error: { message: "HTTP 503" } });
    expect(store.getState().basemap).toEqual({ kind: "embedded" });
    expect(store.getState().basemapMessage).toMatch(/Satellite online could not be loaded/);
    expect(map.getLayersOrder().some((id) => id.startsWith(EXT_PREFIX))).toBe(false);
    stop();
  });
});
