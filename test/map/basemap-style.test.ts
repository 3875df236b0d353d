import { existsSync } from "node:fs";
import { join } from "node:path";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_DATASETS,
  BASEMAP_FONT_SUBSETS,
  BASEMAP_FONT_WEIGHTS,
  BASEMAP_MAX_DETAIL_ZOOM,
  createBasemapStyle,
} from "@/map/basemap-style";
import { basemapUrls } from "@/map/basemap-urls";

const BASE = "http://127.0.0.1:4173/app/";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Every string in a style expression tree, to find the font names `text-font` uses. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return [];
}

/** Code points covered by `unicode-range` strings such as "U+0400-045F" or "U+0259". */
function covers(ranges: readonly string[], codePoint: number): boolean {
  return ranges.some((r) => {
    const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(r);
    if (!m?.[1]) throw new Error(`bad unicode-range ${r}`);
    const lo = Number.parseInt(m[1], 16);
    const hi = m[2] ? Number.parseInt(m[2], 16) : lo;
    return codePoint >= lo && codePoint <= hi;
  });
}

const urls = deepFreeze(basemapUrls(BASE));
const style: StyleSpecification = createBasemapStyle({ urls });

describe("basemapUrls", () => {
  it("makes every data and font URL absolute on the page's own origin", () => {
    const all = [...Object.values(urls.data), ...Object.values(urls.fonts)];
    expect(Object.keys(urls.data).sort()).toEqual([...BASEMAP_DATASETS].sort());
    expect(Object.keys(urls.fonts)).toHaveLength(
      BASEMAP_FONT_WEIGHTS.length * BASEMAP_FONT_SUBSETS.length,
    );
    for (const url of all) expect(new URL(url).origin).toBe("http://127.0.0.1:4173");
  });

  it("points at font files that exist in @fontsource/noto-sans", () => {
    for (const url of Object.values(urls.fonts)) {
      const file = new URL(url).pathname.split("/").pop() ?? "";
      expect(file).toMatch(/^noto-sans-[a-z-]+-(400|600)-(normal|italic)\.woff2$/);
      expect(existsSync(join("node_modules/@fontsource/noto-sans/files", file)), file).toBe(true);
    }
  });
});

describe("createBasemapStyle", () => {
  it("is a valid MapLibre style", () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("the validator does reject a broken style (so the check above can fail)", () => {
    const broken = {
      ...style,
      layers: [...style.layers, { id: "base-x", type: "fill", source: "nope" }],
    };
    expect(validateStyleMin(broken as StyleSpecification).length).toBeGreaterThan(0);
  });

  it("loads nothing from another origin and has no glyph server or sprite", () => {
    expect(style).not.toHaveProperty("glyphs");
    expect(style).not.toHaveProperty("sprite");
    for (const source of Object.values(style.sources)) {
      expect(["geojson", "raster"]).toContain(source.type);
      const urls = "data" in source ? [source.data] : "tiles" in source ? (source.tiles ?? []) : [];
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(typeof url).toBe("string");
        expect(new URL(String(url), BASE).origin).toBe(new URL(BASE).origin);
      }
    }
    for (const faces of Object.values(style["font-faces"] ?? {})) {
      for (const face of Array.isArray(faces) ? faces : [{ url: faces }]) {
        expect(new URL(face.url, BASE).origin).toBe(new URL(BASE).origin);
      }
    }
  });

  it("prefixes every layer id with base- and only uses sources it declares", () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers) {
      expect(layer.id).toMatch(/^base-/);
      if ("source" in layer) expect(style.sources, layer.id).toHaveProperty([String(layer.source)]);
    }
  });

  it("declares every font it uses, each covering Cyrillic U+0400–04FF and Azerbaijani ə U+0259", () => {
    const faces = style["font-faces"] ?? {};
    // Font names have spaces; expression operators and property names ("case", "rank") do not.
    const used = new Set(
      style.layers
        .flatMap((l) =>
          "layout" in l && l.layout && "text-font" in l.layout
            ? strings(l.layout["text-font"])
            : [],
        )
        .filter((s) => s.includes(" ")),
    );
    expect(used).toEqual(new Set(["Noto Sans Regular", "Noto Sans SemiBold", "Noto Sans Italic"]));
    for (const name of used) {
      const list = faces[name];
      expect(Array.isArray(list), name).toBe(true);
      const ranges = (list as { "unicode-range"?: string[] }[]).flatMap(
        (f) => f["unicode-range"] ?? [],
      );
      for (let cp = 0x0400; cp <= 0x04ff; cp++)
        expect(covers(ranges, cp), `${name} U+${cp.toString(16)}`).toBe(true);
      for (const cp of [0x0259, 0x011f, 0x0131, 0x015f, 0x2019, 0x2013])
        expect(covers(ranges, cp), `${name} ${cp}`).toBe(true);
    }
  });

  it("is pure: equal output for equal input, and the frozen input is untouched", () => {
    expect(createBasemapStyle({ urls })).toEqual(style);
    expect(JSON.stringify(createBasemapStyle({ urls }))).toBe(JSON.stringify(style));
  });

  it("draws the basemap bottom-up: background, land, water, lines, then labels", () => {
    const ids = style.layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at("base-background")).toBe(0);
    expect(at("base-ukraine")).toBeLessThan(at("base-sea"));
    expect(at("base-sea")).toBeLessThan(at("base-oblast-lines"));
    expect(at("base-borders")).toBeLessThan(at("base-place-labels"));
    expect(style.layers.at(-1)?.type).toBe("symbol");
  });
});

describe("attribution and zoom limit", () => {
  it("credits Natural Earth and OpenStreetMap contributors", () => {
    expect(BASEMAP_ATTRIBUTION).toContain("Natural Earth");
    expect(BASEMAP_ATTRIBUTION).toContain(
      '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>',
    );
  });
  it("stops claiming detail past city zooms", () => {
    expect(BASEMAP_MAX_DETAIL_ZOOM).toBeGreaterThanOrEqual(11);
    expect(BASEMAP_MAX_DETAIL_ZOOM).toBeLessThanOrEqual(14);
  });
});
