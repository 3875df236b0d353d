import { isNamedBasemap, type NamedBasemapId } from "@/domain/basemaps";
import type { MessageKey, MessageValues } from "@/i18n/translator";
import { linkProblem } from "./link-problem";
import type { Camera } from "./slices/basemap-slice";
import type { LinkProblem } from "./slices/view-slice";

/** Zoom range a link may carry (MapLibre's own range; the map clamps further to what it allows). */
export const LINK_ZOOM_RANGE = [0, 22] as const;
const MAX_LAT = 85.0511;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** `zoom/lat/lng[/bearing]` as in OpenStreetMap's links, e.g. `16.00/50.46082/30.49056`. */
export function encodeCamera({ center: [lng, lat], zoom, bearing }: Camera): string {
  const parts = [zoom.toFixed(2), lat.toFixed(5), lng.toFixed(5)];
  const b = round(((((bearing + 180) % 360) + 360) % 360) - 180, 1);
  if (b !== 0 && b !== -180) parts.push(String(b));
  else if (b === -180) parts.push("180");
  return parts.join("/");
}

/**
 * Reads `zoom/lat/lng[/bearing]`; every number must be finite and in range (zoom 0–22, latitude
 * ±85.0511, longitude ±180, bearing ±360), otherwise the whole value is refused with a reason.
 */
export function decodeCamera(text: string, problems: LinkProblem[]): Camera | undefined {
  const parts = text.split("/");
  const nums = parts.map((p) => (p.trim() === "" ? Number.NaN : Number(p)));
  const [zoom, lat, lng, bearing = 0] = nums;
  const bad = (key: MessageKey, values?: MessageValues) => {
    problems.push(linkProblem("map", key, values));
    return undefined;
  };
  if (parts.length < 3 || parts.length > 4 || nums.some((n) => !Number.isFinite(n)))
    return bad("linkProblem.notCamera");
  if (zoom === undefined || zoom < LINK_ZOOM_RANGE[0] || zoom > LINK_ZOOM_RANGE[1])
    return bad("linkProblem.zoomRange", { min: LINK_ZOOM_RANGE[0], max: LINK_ZOOM_RANGE[1] });
  if (lat === undefined || Math.abs(lat) > MAX_LAT) return bad("linkProblem.latRange");
  if (lng === undefined || Math.abs(lng) > 180) return bad("linkProblem.lngRange");
  if (Math.abs(bearing) > 360) return bad("linkProblem.bearingRange");
  return { center: [lng, lat], zoom, bearing };
}

/** Reads `basemap=`; anything but a named basemap is a problem. */
export function decodeBasemap(
  text: string | null,
  problems: LinkProblem[],
): NamedBasemapId | undefined {
  if (text === null) return undefined;
  if (isNamedBasemap(text)) return text;
  problems.push(linkProblem("basemap", "linkProblem.notBasemap"));
  return undefined;
}
