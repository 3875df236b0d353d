import type { SymbolSpec } from "@/domain/symbols";

/** What the caption under a saved map image says. */
export interface CaptionInfo {
  readonly title: string;
  readonly window: string;
  readonly filters: string;
  readonly legend: readonly SymbolSpec[];
  readonly datasetVersion: string;
  readonly permalink: string;
  readonly attribution: readonly string[];
  /** Scale bar: its length in CSS px at scale 1 and its label ("500 m"). */
  readonly scaleBar: { readonly px: number; readonly label: string };
}

const LINE = 18;
const PAD = 12;

/** Splits text into lines that fit `maxPx` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxPx: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/(\s+|(?<=[/&?=]))/)) {
    if (!word) continue;
    const next = line + word;
    if (ctx.measureText(next).width > maxPx && line.trim()) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The caption's text lines for a width (CSS px): used both to size and to draw it. */
function captionLines(ctx: CanvasRenderingContext2D, c: CaptionInfo, widthPx: number) {
  const max = widthPx - 2 * PAD;
  const text = [
    `Time window: ${c.window}`,
    `Filters: ${c.filters}`,
    `Dataset version ${c.datasetVersion}. Link: ${c.permalink}`,
    `Attribution: ${c.attribution.join(" · ")}`,
  ];
  ctx.font = "13px 'Noto Sans', sans-serif";
  return text.flatMap((t) => wrap(ctx, t, max));
}

/** The caption's height in CSS px for a width. */
export function captionHeightPx(ctx: CanvasRenderingContext2D, c: CaptionInfo, widthPx: number) {
  return PAD + 22 + LINE * 2 + captionLines(ctx, c, widthPx).length * LINE + PAD;
}

/**
 * Draws the caption into a 2D context from `top` down, in CSS px (the caller scales the context):
 * title, legend with symbols, scale bar, then the window with zone, filters, dataset version,
 * permalink and attribution as wrapped text. Untrusted text is drawn as text, never parsed.
 */
export function drawCaption(
  ctx: CanvasRenderingContext2D,
  c: CaptionInfo,
  top: number,
  widthPx: number,
): void {
  const height = captionHeightPx(ctx, c, widthPx);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, top, widthPx, height);
  ctx.fillStyle = "#111111";
  ctx.textBaseline = "top";
  ctx.font = "bold 16px 'Noto Sans', sans-serif";
  let y = top + PAD;
  ctx.fillText(c.title, PAD, y);
  y += 22;
  // Legend: symbol + label, flowing along the line.
  ctx.font = "13px 'Noto Sans', sans-serif";
  let x = PAD;
  for (const spec of c.legend) {
    const w = 18 + ctx.measureText(spec.label).width + 14;
    if (x + w > widthPx - PAD) {
      x = PAD;
      y += LINE;
    }
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(14 / 24, 14 / 24);
    const path = new Path2D(spec.path);
    ctx.fillStyle = spec.fill;
    ctx.strokeStyle = "#333333";
    ctx.lineWidth = 2;
    ctx.fill(path);
    ctx.stroke(path);
    ctx.restore();
    ctx.fillStyle = "#111111";
    ctx.fillText(spec.label, x + 18, y);
    x += w;
  }
  y += LINE;
  // Scale bar.
  ctx.fillRect(PAD, y + 8, c.scaleBar.px, 2);
  ctx.fillRect(PAD, y + 3, 2, 10);
  ctx.fillRect(PAD + c.scaleBar.px - 2, y + 3, 2, 10);
  ctx.fillText(c.scaleBar.label, PAD + c.scaleBar.px + 8, y);
  y += LINE;
  for (const line of captionLines(ctx, c, widthPx)) {
    ctx.fillText(line, PAD, y);
    y += LINE;
  }
}

/** A round scale-bar length (1, 2, 5 × 10ⁿ metres) no longer than `maxPx` at `metresPerPx`. Pure. */
export function scaleBarFor(metresPerPx: number, maxPx = 120): { px: number; metres: number } {
  const maxM = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((k) => k * pow <= maxM) ?? 1;
  const metres = step * pow;
  return { px: metres / metresPerPx, metres };
}
