import type { Map as MaplibreMap } from "maplibre-gl";
import { MISSION_SYMBOLS, type SymbolSpec, WEAPON_SYMBOLS } from "@/domain/symbols";
import { drawSymbol } from "./draw-symbol";

const PIXEL_RATIO = 2;

function rasterize(spec: SymbolSpec, sizePx: number): ImageData | undefined {
  const canvas = document.createElement("canvas");
  const px = sizePx * PIXEL_RATIO;
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext("2d");
  if (!ctx) return undefined;
  drawSymbol(ctx, spec, 0, 0, px);
  return ctx.getImageData(0, 0, px, px);
}

/** Draws every strike and mission symbol into the map's image registry (no sprite request). */
export function addSymbolImages(map: MaplibreMap): void {
  const all: Array<[SymbolSpec, number]> = [
    ...Object.values(WEAPON_SYMBOLS).map((s): [SymbolSpec, number] => [s, 18]),
    ...Object.values(MISSION_SYMBOLS).map((s): [SymbolSpec, number] => [s, 22]),
  ];
  for (const [spec, size] of all) {
    if (map.hasImage(spec.id)) continue;
    const image = rasterize(spec, size);
    if (image) map.addImage(spec.id, image, { pixelRatio: PIXEL_RATIO });
  }
}
