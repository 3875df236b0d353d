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

/** Reads `encodeMeasure`'s text; malformed tokens are dropped, never thrown. */
export function decodeMeasure(text: string): MeasureToken[] {
  const tokens: MeasureToken[] = [];
  for (const part of text.split(";")) {
    const ref = /^([sm]):(.+)$/.exec(part);
    if (ref?.[2]) {
      tokens.push({ ref: { kind: ref[1] === "s" ? "strike" : "mission", id: ref[2] } });
      continue;
    }
    const [lng, lat, extra] = part
      .split(",")
      .map((t) => (t.trim() === "" ? Number.NaN : Number(t)));
    if (
      extra === undefined &&
      lng !== undefined &&
      lat !== undefined &&
      Math.abs(lng) <= 180 &&
      Math.abs(lat) <= 90
    ) {
      tokens.push({ lngLat: [lng, lat] });
    }
  }
  return tokens;
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
