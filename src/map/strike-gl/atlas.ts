import { WEAPON_SYMBOLS } from "@/domain/symbols";
import { drawSymbol } from "../draw-symbol";
import { WEAPON_ORDER } from "./instance-data";

/** Device pixels per icon cell; icons draw at 18 CSS px, so this is sharp up to pixel ratio 2. */
export const ICON_CELL_PX = 36;

/**
 * Draws the weapon symbols (same paths, colours and white outline as the map's sprite) side by
 * side into one canvas, in `WEAPON_ORDER`. Undefined when 2D canvas is unavailable.
 */
export function drawWeaponAtlas(): HTMLCanvasElement | undefined {
  const canvas = document.createElement("canvas");
  canvas.width = ICON_CELL_PX * WEAPON_ORDER.length;
  canvas.height = ICON_CELL_PX;
  const ctx = canvas.getContext("2d");
  if (!ctx) return undefined;
  WEAPON_ORDER.forEach((weapon, i) => {
    drawSymbol(ctx, WEAPON_SYMBOLS[weapon], i * ICON_CELL_PX, 0, ICON_CELL_PX);
  });
  return canvas;
}

/** "#c62828" → [0.776, 0.157, 0.157]. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** The halo fill colours (weapon fills) in `WEAPON_ORDER`, flattened for `uniform3fv`. */
export function haloColors(): Float32Array {
  return Float32Array.from(WEAPON_ORDER.flatMap((w) => hexToRgb(WEAPON_SYMBOLS[w].fill)));
}
