import { insideMapBounds, MAX_MEASURE_POINTS } from "@/domain/map-extent";
import type { LngLat } from "@/domain/types";
import { selectMissionsById, selectStrikesById } from "./selectors";
import type { MeasurePoint, MeasureRef } from "./slices/tool-slice";
import type { AppState } from "./store";

/** One vertex of a shared measurement: a snapped strike/mission (`s:id`, `m:id`) or `lng,lat`. */
export type MeasureToken = { readonly ref: MeasureRef } | { readonly lngLat: LngLat };

/** Writes a measure path as `s:id;m:id;30.490560,50.460820` (snapped points by id). */
export function encodeMeasure(points: readonly (MeasurePoint | MeasureToken)[]): string {
  return points
    .map((p) =>
      "ref" in p && p.ref
        ? `${p.ref.kind === "strike" ? "s" : "m"}:${p.ref.id}`
        : "lngLat" in p
          ? `${p.lngLat[0].toFixed(6)},${p.lngLat[1].toFixed(6)}`
          : "",
    )
    .join(";");
}

/** Ids longer than this in a link are refused (data ids are short kebab-case or layer-prefixed). */
export const MAX_LINK_ID_LENGTH = 200;

/** What a link's `measure=` gave: the usable points, and counts of those left out (by reason). */
export interface MeasureRead {
  readonly tokens: MeasureToken[];
  readonly unreadable: number;
  readonly outside: number;
  readonly beyondMax: number;
}

function readToken(part: string): MeasureToken | "unreadable" | "outside" {
  const ref = /^([sm]):(.+)$/.exec(part);
  if (ref?.[2]) {
    if (ref[2].length > MAX_LINK_ID_LENGTH) return "unreadable";
    return { ref: { kind: ref[1] === "s" ? "strike" : "mission", id: ref[2] } };
  }
  const fields = part.split(",");
  if (fields.length !== 2 || fields.some((f) => !/^\s*-?\d{1,3}(\.\d{1,12})?\s*$/.test(f)))
    return "unreadable";
  const [lng, lat] = fields.map(Number) as [number, number];
  return insideMapBounds(lng, lat) ? { lngLat: [lng, lat] } : "outside";
}

/**
 * Reads `encodeMeasure`'s text, bounded: at most {@link MAX_MEASURE_POINTS} points, each inside the
 * map's bounds, ids at most {@link MAX_LINK_ID_LENGTH} characters. Never throws. Pure.
 */
export function readMeasure(text: string): MeasureRead {
  const parts = text.split(";", MAX_MEASURE_POINTS + 1);
  const beyondMax =
    parts.length > MAX_MEASURE_POINTS ? text.split(";").length - MAX_MEASURE_POINTS : 0;
  const tokens: MeasureToken[] = [];
  let unreadable = 0;
  let outside = 0;
  for (const part of parts.slice(0, MAX_MEASURE_POINTS)) {
    const t = readToken(part);
    if (t === "unreadable") unreadable++;
    else if (t === "outside") outside++;
    else tokens.push(t);
  }
  return { tokens, unreadable, outside, beyondMax };
}

/** Reads `encodeMeasure`'s text; malformed, out-of-bounds and surplus tokens are dropped. */
export function decodeMeasure(text: string): MeasureToken[] {
  return readMeasure(text).tokens;
}

/** Turns tokens into measure points against loaded data; refs missing from the data are dropped. */
export function resolveMeasureTokens(
  state: AppState,
  tokens: readonly MeasureToken[],
): MeasurePoint[] {
  const strikes = selectStrikesById(state);
  const missions = selectMissionsById(state);
  return tokens.flatMap((t): MeasurePoint[] => {
    if ("lngLat" in t) return [{ lngLat: t.lngLat }];
    const item = t.ref.kind === "strike" ? strikes.get(t.ref.id) : missions.get(t.ref.id);
    return item ? [{ lngLat: item.lngLat, ref: t.ref }] : [];
  });
}
