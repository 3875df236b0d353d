import type { SymbolSpec } from "@/domain/symbols";

/**
 * Draws one symbol (its 24×24 SVG path, white outline under the fill) into `ctx` at `(x, y)`,
 * `sizePx` device pixels square. Shared by the sprite images and the GL strike atlas so the two
 * always look the same.
 */
export function drawSymbol(
  ctx: CanvasRenderingContext2D,
  spec: SymbolSpec,
  x: number,
  y: number,
  sizePx: number,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(sizePx / 24, sizePx / 24);
  const path = new Path2D(spec.path);
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = spec.stroke;
  ctx.stroke(path);
  ctx.fillStyle = spec.fill;
  ctx.fill(path);
  ctx.restore();
}
