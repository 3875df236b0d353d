import type { LngLat, TimeWindow } from "@/domain/types";
import { parseIsoWithOffset, toIsoMinute } from "@/lib/iso-time";
import { selectMissionsById, selectStrikesById } from "./selectors";
import type { Selection } from "./slices/selection-slice";
import type { MeasurePoint, MeasureRef } from "./slices/tool-slice";
import type { ZoneMode } from "./slices/view-slice";
import type { AppState, AppStore } from "./store";

/** One vertex of a shared measurement: a snapped strike/mission (`s:id`, `m:id`) or `lng,lat`. */
export type MeasureToken = { readonly ref: MeasureRef } | { readonly lngLat: LngLat };

/** What a shared link restores. */
export interface UrlState {
  readonly timeWindow?: TimeWindow | undefined;
  readonly selection?: Selection | undefined;
  readonly measure?: readonly MeasureToken[] | undefined;
  /** Display preferences, written only when they differ from the defaults (metric, Kyiv). */
  readonly units?: "imperial" | undefined;
  readonly zone?: Exclude<ZoneMode, "kyiv"> | undefined;
}

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

/** Encodes the shareable state as a hash: `#from=…&to=…&strike=id` (instants are ISO with offset). */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.timeWindow) {
    params.set("from", toIsoMinute(state.timeWindow.startMs));
    params.set("to", toIsoMinute(state.timeWindow.endMs));
  }
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.measure && state.measure.length > 0)
    params.set("measure", encodeMeasure(state.measure));
  if (state.units) params.set("units", state.units);
  if (state.zone) params.set("tz", state.zone);
  const text = params
    .toString()
    .replaceAll("%3A", ":")
    .replaceAll("%2B", "+")
    .replaceAll("%3B", ";")
    .replaceAll("%2C", ",");
  return text ? `#${text}` : "";
}

/** Decodes a hash written by `encodeUrlState`; invalid parts are ignored, never thrown. */
export function decodeUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, "").replaceAll("+", "%2B"));
  const startMs = parseIsoWithOffset(params.get("from") ?? "");
  const endMs = parseIsoWithOffset(params.get("to") ?? "");
  const timeWindow =
    startMs !== undefined && endMs !== undefined && endMs >= startMs
      ? { startMs, endMs }
      : undefined;
  const strike = params.get("strike");
  const mission = params.get("mission");
  const selection: Selection | undefined = strike
    ? { kind: "strike", id: strike }
    : mission
      ? { kind: "mission", id: mission }
      : undefined;
  const measureText = params.get("measure");
  const measure = measureText ? decodeMeasure(measureText) : undefined;
  const tz = params.get("tz");
  return {
    timeWindow,
    selection,
    ...(measure && measure.length > 0 ? { measure } : {}),
    ...(params.get("units") === "imperial" ? { units: "imperial" as const } : {}),
    ...(tz === "utc" || tz === "local" ? { zone: tz } : {}),
  };
}

/**
 * Restores state from `location.hash` and keeps the hash in step with the store (replaceState, so
 * scrubbing does not flood history). Returns an unsubscribe.
 */
export function bindUrlState(store: AppStore, win: Window = window): () => void {
  let stopWaiting: (() => void) | undefined;
  const applyMeasure = (tokens: readonly MeasureToken[]) => {
    stopWaiting?.();
    stopWaiting = undefined;
    const run = () =>
      store.getState().setMeasurePoints(resolveMeasureTokens(store.getState(), tokens));
    if (store.getState().dataStatus === "ready") return run();
    stopWaiting = store.subscribe(
      (s) => s.dataStatus,
      (status) => {
        if (status !== "ready") return;
        stopWaiting?.();
        stopWaiting = undefined;
        run();
      },
    );
  };
  const apply = () => {
    const { timeWindow, selection, measure, units, zone } = decodeUrlState(win.location.hash);
    if (measure) applyMeasure(measure);
    const state = store.getState();
    state.setDistanceUnit(units ?? "metric");
    state.setZoneMode(zone ?? "kyiv");
    if (timeWindow) {
      if (state.dataStatus === "ready") state.setTimeWindow(timeWindow);
      else store.setState({ timeWindowFromUrl: timeWindow });
    }
    if (selection) state.select(selection, "url");
  };
  apply();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const s = store.getState();
      if (s.dataStatus !== "ready") return;
      const hash = encodeUrlState({
        timeWindow: s.timeWindow,
        selection: s.selection ?? undefined,
        measure: s.measurePoints,
        units: s.distanceUnit === "imperial" ? "imperial" : undefined,
        zone: s.zoneMode === "kyiv" ? undefined : s.zoneMode,
      });
      if (hash !== win.location.hash) {
        win.history.replaceState(null, "", `${win.location.pathname}${win.location.search}${hash}`);
      }
    }, 150);
  };
  const unsubscribe = store.subscribe(
    (s) =>
      [
        s.timeWindow,
        s.selection,
        s.dataStatus,
        s.measurePoints,
        s.distanceUnit,
        s.zoneMode,
      ] as const,
    write,
    { equalityFn: (a, b) => a.every((value, i) => value === b[i]) },
  );
  win.addEventListener("hashchange", apply);
  return () => {
    unsubscribe();
    stopWaiting?.();
    clearTimeout(timer);
    win.removeEventListener("hashchange", apply);
  };
}
