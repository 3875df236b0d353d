import { addProtocol, type LayerSpecification, type SourceSpecification } from "maplibre-gl";
import { FileSource, PMTiles, Protocol, TileType } from "pmtiles";
import { EXT_PREFIX } from "./ids";

let protocol: Protocol | undefined;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PALETTE = ["#5b6f82", "#8a6d3b", "#4f7d5b", "#7b5a8c", "#8c4f4f"];

/** A default style for vector layers: fills, lines and points per source-layer, muted colours. */
export function defaultVectorLayers(
  source: string,
  layerIds: readonly string[],
): LayerSpecification[] {
  return layerIds.flatMap((id, i) => {
    const color = PALETTE[i % PALETTE.length] ?? "#5b6f82";
    const base = { source, "source-layer": id };
    const geom = (t: string) => ["==", ["geometry-type"], t] as ["==", ["geometry-type"], string];
    return [
      {
        ...base,
        id: `${source}-${id}-fill`,
        type: "fill",
        filter: geom("Polygon"),
        paint: { "fill-color": color, "fill-opacity": 0.25, "fill-outline-color": color },
      },
      {
        ...base,
        id: `${source}-${id}-line`,
        type: "line",
        filter: geom("LineString"),
        paint: { "line-color": color, "line-width": 1.2 },
      },
      {
        ...base,
        id: `${source}-${id}-point`,
        type: "circle",
        filter: geom("Point"),
        paint: { "circle-color": color, "circle-radius": 3 },
      },
    ] as LayerSpecification[];
  });
}

/**
 * Opens a local .pmtiles file with the pmtiles package's FileSource and returns a source and
 * layers for it (raster as is; vector with a default style). Throws an Error whose message says
 * what is wrong with the file (not PMTiles, empty, unsupported tile type).
 */
export async function pmtilesFileBasemap(
  file: File,
): Promise<{ sources: Record<string, SourceSpecification>; layers: LayerSpecification[] }> {
  if (file.size === 0) throw new Error(`“${file.name}” is empty`);
  const archive = new PMTiles(new FileSource(file));
  let header: Awaited<ReturnType<PMTiles["getHeader"]>>;
  try {
    header = await archive.getHeader();
  } catch (error) {
    throw new Error(`“${file.name}” is not a PMTiles archive (${String(error).slice(0, 120)})`);
  }
  if (!protocol) {
    protocol = new Protocol();
    addProtocol("pmtiles", protocol.tile);
  }
  protocol.add(archive);
  const id = `${EXT_PREFIX}file`;
  const url = `pmtiles://${file.name}`;
  const meta = ((await archive.getMetadata().catch(() => ({}))) ?? {}) as {
    attribution?: unknown;
    vector_layers?: { id?: unknown }[];
  };
  const credit = typeof meta.attribution === "string" ? escapeHtml(meta.attribution) : "";
  const attribution = `Your file ${escapeHtml(file.name)}${credit ? `: ${credit}` : ""}`;
  const bounds: [number, number, number, number] = [
    header.minLon,
    header.minLat,
    header.maxLon,
    header.maxLat,
  ];
  if (header.tileType === TileType.Mvt) {
    const layerIds = (meta.vector_layers ?? [])
      .map((l) => l.id)
      .filter((l): l is string => typeof l === "string");
    if (layerIds.length === 0) throw new Error(`“${file.name}” lists no vector layers`);
    return {
      sources: { [id]: { type: "vector", url, attribution } },
      layers: defaultVectorLayers(id, layerIds),
    };
  }
  if ([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif].includes(header.tileType)) {
    return {
      sources: { [id]: { type: "raster", url, tileSize: 256, attribution, bounds } },
      layers: [{ id, type: "raster", source: id, paint: { "raster-fade-duration": 0 } }],
    };
  }
  throw new Error(`“${file.name}” holds tiles of a type the map cannot draw`);
}
