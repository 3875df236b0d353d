import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { FONT_NAMES } from "./basemap-layers";
import { EXT_PREFIX } from "./ids";

/** The bundled font closest to a third-party font stack (bold → SemiBold, italic → Italic). */
export function bundledFont(stack: readonly unknown[]): string {
  const names = stack.filter((n): n is string => typeof n === "string").join(" ");
  if (/italic|oblique/i.test(names)) return FONT_NAMES.italic;
  if (/bold|semi|medium|heavy|black/i.test(names)) return FONT_NAMES.semibold;
  return FONT_NAMES.regular;
}

function rewriteFont(font: unknown): string[] {
  if (Array.isArray(font)) {
    const literal = font[0] === "literal" && Array.isArray(font[1]) ? font[1] : font;
    return [bundledFont(literal)];
  }
  return [FONT_NAMES.regular];
}

function absolutize(source: SourceSpecification, base: string): SourceSpecification {
  const out = { ...source } as Record<string, unknown>;
  if (typeof out.url === "string") out.url = new URL(out.url, base).href;
  if (Array.isArray(out.tiles))
    out.tiles = out.tiles.map((t: string) => decodeURI(new URL(t, base).href));
  if (typeof out.data === "string") out.data = new URL(out.data, base).href;
  return out as unknown as SourceSpecification;
}

/**
 * Makes a third-party style mergeable under the app's layers: sources and layers get the `ext-`
 * prefix, relative URLs resolve against `styleUrl`, every text-font becomes a bundled font (no
 * glyph server is ever contacted), icons are dropped (no third-party sprite) and symbol layers
 * left without text are removed. Pure.
 */
export function rewriteStyle(
  style: StyleSpecification,
  styleUrl: string,
): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const sources: Record<string, SourceSpecification> = {};
  for (const [name, source] of Object.entries(style.sources ?? {}))
    sources[EXT_PREFIX + name] = absolutize(source, styleUrl);
  const layers: LayerSpecification[] = [];
  for (const layer of style.layers ?? []) {
    const next = { ...layer, id: EXT_PREFIX + layer.id } as Record<string, unknown>;
    if ("source" in layer && typeof layer.source === "string")
      next.source = EXT_PREFIX + layer.source;
    if (layer.type === "symbol") {
      const layout = { ...(layer.layout ?? {}) } as Record<string, unknown>;
      delete layout["icon-image"];
      if (layout["text-field"] === undefined) continue;
      layout["text-font"] = rewriteFont(layout["text-font"]);
      next.layout = layout;
    }
    layers.push(next as unknown as LayerSpecification);
  }
  return { sources, layers };
}
