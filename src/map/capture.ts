import type { Map as MaplibreMap } from "maplibre-gl";
import { BASEMAP_ATTRIBUTION } from "./basemap-style";
import { type CaptionInfo, captionHeightPx, drawCaption, scaleBarFor } from "./caption";
import { captureMap } from "./capture-target";

/** Metres per CSS pixel at the view's centre (MapLibre's 512 px world at zoom 0). */
function metresPerPx(map: MaplibreMap): number {
  const lat = map.getCenter().lat;
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
}

/** Every attribution of the style's sources, plus the basemap's and the data set's. */
export function attributions(map: MaplibreMap, dataLicence: string): string[] {
  const plain = (html: string) => html.replace(/<[^>]*>/g, "").trim();
  const list = [BASEMAP_ATTRIBUTION, `Strike and site data: ${dataLicence}`];
  for (const src of Object.values(map.getStyle().sources)) {
    const a = (src as { attribution?: string }).attribution;
    if (a) list.push(a);
  }
  return [...new Set(list.map(plain))];
}

/** The next frame painted at `scale` × CSS pixels, copied to a 2D canvas in that frame. */
export async function paintedFrame(map: MaplibreMap, scale: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (before !== scale) map.setPixelRatio(scale);
  const frame = await new Promise<HTMLCanvasElement>((resolve) => {
    map.once("render", () => {
      const src = map.getCanvas();
      const copy = document.createElement("canvas");
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext("2d")?.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
  if (before !== scale) map.setPixelRatio(before);
  return frame;
}

/**
 * Paints one frame at `scale` × CSS pixels and copies the canvas in the same frame ("render"
 * fires before the browser composites, so the drawing buffer — custom strike layer included —
 * is still there without preserveDrawingBuffer), then draws the caption below it. Resolves a PNG.
 */
export async function captureMapImage(
  scale: 1 | 2,
  caption: Omit<CaptionInfo, "scaleBar" | "attribution">,
  dataLicence: string,
): Promise<Blob> {
  const map = captureMap();
  if (!map) throw new Error("the map is not ready");
  const frame = await paintedFrame(map, scale);
  const widthPx = frame.width / scale;
  const mapHeightPx = frame.height / scale;
  const bar = scaleBarFor(metresPerPx(map));
  const info: CaptionInfo = {
    ...caption,
    attribution: attributions(map, dataLicence),
    scaleBar: {
      px: bar.px,
      label: bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`,
    },
  };
  const out = document.createElement("canvas");
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  const captionPx = captionHeightPx(ctx, info, widthPx);
  out.width = frame.width;
  out.height = Math.ceil((mapHeightPx + captionPx) * scale);
  ctx.drawImage(frame, 0, 0);
  ctx.scale(scale, scale);
  drawCaption(ctx, info, mapHeightPx, widthPx);
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
