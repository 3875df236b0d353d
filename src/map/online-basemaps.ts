import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { classifyCustomUrl, type OnlineBasemap, onlineBasemap } from "@/domain/basemaps";
import type { BasemapChoice } from "@/state/slices/basemap-slice";
import { EXT_PREFIX } from "./ids";
import { rewriteStyle } from "./style-rewrite";

/** Sources and layers to draw instead of (or over) the embedded basemap. */
export interface ExternalBasemap {
  readonly sources: Record<string, SourceSpecification>;
  readonly layers: LayerSpecification[];
  /** True when it covers the world, so the embedded layers underneath can be hidden. */
  readonly opaque: boolean;
}

function raster(url: string, attribution: string, maxzoom = 19): ExternalBasemap {
  const id = `${EXT_PREFIX}raster`;
  return {
    sources: { [id]: { type: "raster", tiles: [url], tileSize: 256, maxzoom, attribution } },
    layers: [{ id, type: "raster", source: id, paint: { "raster-fade-duration": 0 } }],
    opaque: true,
  };
}

async function style(url: string, attribution?: string): Promise<ExternalBasemap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the style answered HTTP ${response.status}`);
  const json = (await response.json()) as StyleSpecification;
  if (json?.version !== 8 || typeof json.sources !== "object" || !Array.isArray(json.layers))
    throw new Error("the address did not return a MapLibre style");
  const { sources, layers } = rewriteStyle(json, response.url || url);
  if (attribution)
    for (const source of Object.values(sources))
      if (source.type !== "geojson") Object.assign(source, { attribution });
  return { sources, layers, opaque: true };
}

function online(b: OnlineBasemap): Promise<ExternalBasemap> {
  return b.kind === "style"
    ? style(b.url, b.attribution)
    : Promise.resolve(raster(b.url, b.attribution, b.maxZoom));
}

/** What to add to the map for a basemap choice (undefined: the embedded one). Throws with a reason. */
export async function loadExternalBasemap(
  choice: BasemapChoice,
): Promise<ExternalBasemap | undefined> {
  switch (choice.kind) {
    case "embedded":
      return undefined;
    case "streets":
    case "satellite":
      return online(onlineBasemap(choice.kind));
    case "file": {
      // pmtiles loads only when a user opens a .pmtiles file (not on the first paint).
      const { pmtilesFileBasemap } = await import("./pmtiles-file");
      return { ...(await pmtilesFileBasemap(choice.file)), opaque: false };
    }
    case "custom": {
      const custom = classifyCustomUrl(choice.url);
      if (typeof custom === "string") throw new Error(custom);
      const host = new URL(custom.url).host.replace(/[<>&"']/g, "");
      return custom.kind === "raster"
        ? raster(custom.url, `Custom tiles from ${host}`)
        : style(custom.url, `Custom style from ${host}`);
    }
  }
}
