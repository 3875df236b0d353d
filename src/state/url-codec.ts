import { NO_FILTERS, type StrikeFilters } from "@/analysis/strike-filter";
import type { NamedBasemapId } from "@/domain/basemaps";
import { MAX_MEASURE_POINTS } from "@/domain/map-extent";
import type { Confidence, LocationPrecision, TimeWindow, WeaponClass } from "@/domain/types";
import { i18nFor } from "@/i18n/catalog";
import { LOCALES, type Locale } from "@/i18n/locales";
import { parseIsoWithOffset, toIsoMinute } from "@/lib/iso-time";
import { linkProblem } from "./link-problem";
import type { Camera } from "./slices/basemap-slice";
import { cleanRadii, MAX_RING_RADIUS_M, MAX_RINGS } from "./slices/proximity-slice";
import type { Selection } from "./slices/selection-slice";
import type { WindowMode } from "./slices/time-slice";
import type { LinkProblem, ZoneMode } from "./slices/view-slice";
import { encodeMeasure, MAX_LINK_ID_LENGTH, type MeasureToken, readMeasure } from "./url-measure";
import { decodeBasemap, decodeCamera, encodeCamera } from "./url-view";

/** What a shared link restores. */
export interface UrlState {
  readonly timeWindow?: TimeWindow | undefined;
  readonly selection?: Selection | undefined;
  readonly measure?: readonly MeasureToken[] | undefined;
  /** Display preferences, written only when they differ from the defaults (metric, Kyiv). */
  readonly units?: "imperial" | undefined;
  readonly zone?: Exclude<ZoneMode, "kyiv"> | undefined;
  /** The window mode, written only when it is not the default moving window. */
  readonly mode?: Exclude<WindowMode, "moving"> | undefined;
  /** Mission ring radii in metres, written only when they differ from the defaults. */
  readonly rings?: readonly number[] | undefined;
  /** Filters, written only when something is hidden. */
  readonly filters?: StrikeFilters | undefined;
  /** The dataset version the link was made with. */
  readonly version?: string | undefined;
  /** The page is the printable brief of the selected site. */
  readonly brief?: boolean | undefined;
  /** Where the map looks (written once the reader has moved it). */
  readonly camera?: Camera | undefined;
  /** The basemap, written only when it is not the embedded one. */
  readonly basemap?: Exclude<NamedBasemapId, "embedded"> | undefined;
  /** The interface language, written only when it is not English. */
  readonly lang?: Exclude<Locale, "en"> | undefined;
}

/** A hash read tolerantly: what could be used, and each part that could not (and why). */
export interface ParsedUrl {
  readonly state: UrlState;
  readonly problems: LinkProblem[];
}

/** Every key a link may carry; anything else is reported as not recognised. */
export const URL_KEYS = [
  "from",
  "to",
  "strike",
  "mission",
  "measure",
  "units",
  "tz",
  "mode",
  "rings",
  "v",
  "hideWeapon",
  "hideConfidence",
  "hidePrecision",
  "hideLayer",
  "near",
  "brief",
  "map",
  "basemap",
  "lang",
] as const;

const WEAPONS: readonly WeaponClass[] = [
  "ballistic",
  "aeroballistic",
  "cruise",
  "drone",
  "unknown",
];
const CONFIDENCES: readonly Confidence[] = ["high", "medium", "low"];
const PRECISIONS: readonly LocationPrecision[] = ["exact", "street", "district", "city"];

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
  if (state.mode) params.set("mode", state.mode);
  if (state.rings && state.rings.length > 0) params.set("rings", state.rings.join(","));
  const f = state.filters;
  if (f) {
    if (f.hiddenWeapons.length) params.set("hideWeapon", f.hiddenWeapons.join(","));
    if (f.hiddenConfidence.length) params.set("hideConfidence", f.hiddenConfidence.join(","));
    if (f.hiddenPrecision.length) params.set("hidePrecision", f.hiddenPrecision.join(","));
    if (f.hiddenLayers.length) params.set("hideLayer", f.hiddenLayers.join(","));
    if (f.near) params.set("near", `${f.near.missionId}~${f.near.withinM}`);
  }
  if (state.version) params.set("v", state.version);
  if (state.brief) params.set("brief", "1");
  if (state.camera) params.set("map", encodeCamera(state.camera));
  if (state.basemap) params.set("basemap", state.basemap);
  if (state.lang) params.set("lang", state.lang);
  const text = params
    .toString()
    .replaceAll("%3A", ":")
    .replaceAll("%2B", "+")
    .replaceAll("%3B", ";")
    .replaceAll("%2C", ",")
    .replaceAll("%2F", "/");
  return text ? `#${text}` : "";
}

function parseWindow(params: URLSearchParams, problems: LinkProblem[]): TimeWindow | undefined {
  const from = params.get("from");
  const to = params.get("to");
  if (from === null && to === null) return undefined;
  if (from === null || to === null) {
    const [missing, other, given] = from === null ? ["from", "to", to] : ["to", "from", from];
    // Name what is wrong with the part that is there too, not only the missing one.
    const unreadable = parseIsoWithOffset(given ?? "") === undefined;
    problems.push(
      unreadable
        ? linkProblem(other, "linkProblem.notDateMissing", { missing })
        : linkProblem(missing, "linkProblem.missingSo", { other }),
    );
    return undefined;
  }
  const startMs = parseIsoWithOffset(from);
  const endMs = parseIsoWithOffset(to);
  if (startMs === undefined && endMs === undefined) {
    problems.push(
      linkProblem("from", "linkProblem.notDate"),
      linkProblem("to", "linkProblem.notDate"),
    );
    return undefined;
  }
  if (startMs === undefined || endMs === undefined) {
    const [bad, other] = startMs === undefined ? ["from", "to"] : ["to", "from"];
    problems.push(linkProblem(bad, "linkProblem.notDateEither", { other }));
    return undefined;
  }
  if (endMs < startMs) {
    problems.push(linkProblem("to", "linkProblem.beforeFrom"));
    return undefined;
  }
  return { startMs, endMs };
}

function parseRings(text: string, problems: LinkProblem[]): number[] | undefined {
  const tokens = text.split(",").map((t) => t.trim());
  const isRadius = (r: number) => Number.isFinite(r) && r > 0 && r <= MAX_RING_RADIUS_M;
  const values = tokens.map((t) => (t === "" ? Number.NaN : Number(t)));
  const bad = tokens.filter((_, i) => !isRadius(values[i] ?? Number.NaN));
  if (bad.length > 0) {
    const empty = i18nFor("en").t("linkProblem.emptyEntry");
    const shown = bad.slice(0, 5).map((t) => (t === "" ? empty : `“${t.slice(0, 20)}”`));
    problems.push(linkProblem("rings", "linkProblem.notRadius", { list: shown.join(", ") }));
  }
  if (new Set(values.filter(isRadius)).size > MAX_RINGS)
    problems.push(linkProblem("rings", "linkProblem.tooManyRings", { max: MAX_RINGS }));
  const rings = cleanRadii(values);
  return rings.length > 0 ? rings : undefined;
}

function pickList<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[] | undefined,
  problems: LinkProblem[],
): T[] {
  const text = params.get(key);
  if (text === null) return [];
  const items = [...new Set(text.split(","))];
  const bad = allowed ? items.filter((v) => !(allowed as readonly string[]).includes(v)) : [];
  const empty = items.filter((v) => v === "");
  if (bad.length > 0 || empty.length > 0)
    problems.push(
      linkProblem(key, "linkProblem.notRecognisedList", {
        list: bad.map((b) => `“${b.slice(0, 20)}”`).join(", "),
      }),
    );
  return items.filter((v) => v !== "" && !bad.includes(v)) as T[];
}

function parseFilters(params: URLSearchParams, problems: LinkProblem[]): StrikeFilters | undefined {
  const hiddenWeapons = pickList(params, "hideWeapon", WEAPONS, problems);
  const hiddenConfidence = pickList(params, "hideConfidence", CONFIDENCES, problems);
  const hiddenPrecision = pickList(params, "hidePrecision", PRECISIONS, problems);
  const hiddenLayers = pickList<string>(params, "hideLayer", undefined, problems);
  const nearText = params.get("near");
  let near: StrikeFilters["near"];
  if (nearText !== null) {
    const cut = nearText.lastIndexOf("~");
    const missionId = cut > 0 ? nearText.slice(0, cut) : "";
    const withinM = cut > 0 ? Number(nearText.slice(cut + 1)) : Number.NaN;
    if (missionId && Number.isFinite(withinM) && withinM > 0) near = { missionId, withinM };
    else problems.push(linkProblem("near", "linkProblem.notNear"));
  }
  const f = { ...NO_FILTERS, hiddenWeapons, hiddenConfidence, hiddenPrecision, hiddenLayers, near };
  const any =
    hiddenWeapons.length + hiddenConfidence.length + hiddenPrecision.length + hiddenLayers.length >
    0;
  return any || near ? f : undefined;
}

function pick<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  problems: LinkProblem[],
): T | undefined {
  const value = params.get(key);
  if (value === null) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const a = allowed.slice(0, -1).join(", ");
  const last = allowed[allowed.length - 1] ?? "";
  const list = a ? i18nFor("en").t("linkProblem.or", { a, b: last }) : last;
  problems.push(linkProblem(key, "linkProblem.notOneOf", { list }));
  return undefined;
}

/** Unknown keys named one by one in the notice; the rest are counted. */
const MAX_UNKNOWN_KEYS_NAMED = 5;

/** A strike/mission id from the link: empty or over-long ids are refused with a problem. */
function boundedId(params: URLSearchParams, key: string, problems: LinkProblem[]) {
  const id = params.get(key);
  if (id === "") problems.push(linkProblem(key, "linkProblem.empty"));
  else if (id !== null && id.length > MAX_LINK_ID_LENGTH) {
    problems.push(linkProblem(key, "linkProblem.tooLong", { max: MAX_LINK_ID_LENGTH }));
    return undefined;
  }
  return id || undefined;
}

function measureProblems(text: string, problems: LinkProblem[]): MeasureToken[] {
  const read = readMeasure(text);
  if (read.unreadable > 0)
    problems.push(
      linkProblem("measure", "linkProblem.pointsUnreadable", { count: read.unreadable }),
    );
  if (read.outside > 0)
    problems.push(linkProblem("measure", "linkProblem.pointsOutside", { count: read.outside }));
  if (read.beyondMax > 0)
    problems.push(
      linkProblem("measure", "linkProblem.tooManyPoints", {
        max: MAX_MEASURE_POINTS,
        count: read.beyondMax,
      }),
    );
  return read.tokens;
}

/**
 * Reads a hash written by `encodeUrlState` tolerantly: every unusable part is left out of `state`
 * and named in `problems`; nothing throws. Ids are not checked here (that needs the data).
 */
export function parseUrlState(hash: string): ParsedUrl {
  const params = new URLSearchParams(hash.replace(/^#/, "").replaceAll("+", "%2B"));
  const problems: LinkProblem[] = [];
  const unknown = [...new Set(params.keys())].filter(
    (key) => !(URL_KEYS as readonly string[]).includes(key),
  );
  for (const key of unknown.slice(0, MAX_UNKNOWN_KEYS_NAMED))
    problems.push(linkProblem(key.slice(0, 30), "linkProblem.notRecognised"));
  if (unknown.length > MAX_UNKNOWN_KEYS_NAMED)
    problems.push({
      ...linkProblem(
        `${unknown.length - MAX_UNKNOWN_KEYS_NAMED} more`,
        "linkProblem.notRecognised",
      ),
    });
  const timeWindow = parseWindow(params, problems);
  const strike = boundedId(params, "strike", problems);
  const mission = boundedId(params, "mission", problems);
  if (strike && mission) problems.push(linkProblem("mission", "linkProblem.strikeInstead"));
  const selection: Selection | undefined = strike
    ? { kind: "strike", id: strike }
    : mission
      ? { kind: "mission", id: mission }
      : undefined;
  const measureText = params.get("measure");
  const measure = measureText === null ? undefined : measureProblems(measureText, problems);
  const units = pick(params, "units", ["metric", "imperial"], problems);
  const zone = pick(params, "tz", ["kyiv", "utc", "local"], problems);
  const mode = pick(params, "mode", ["moving", "cumulative", "night"], problems);
  const ringsText = params.get("rings");
  const rings = ringsText === null ? undefined : parseRings(ringsText, problems);
  const filters = parseFilters(params, problems);
  const version = params.get("v");
  if (version === "") problems.push(linkProblem("v", "linkProblem.empty"));
  const mapText = params.get("map");
  const camera = mapText === null ? undefined : decodeCamera(mapText, problems);
  const basemap = decodeBasemap(params.get("basemap"), problems);
  const lang = pick(params, "lang", LOCALES, problems);
  const state: UrlState = {
    timeWindow,
    selection,
    ...(measure && measure.length > 0 ? { measure } : {}),
    ...(units === "imperial" ? { units } : {}),
    ...(zone && zone !== "kyiv" ? { zone } : {}),
    ...(mode && mode !== "moving" ? { mode } : {}),
    ...(rings ? { rings } : {}),
    ...(filters ? { filters } : {}),
    ...(version ? { version } : {}),
    ...(params.get("brief") === "1" ? { brief: true } : {}),
    ...(camera ? { camera } : {}),
    ...(basemap && basemap !== "embedded" ? { basemap } : {}),
    ...(lang && lang !== "en" ? { lang } : {}),
  };
  return { state, problems };
}

/** Decodes a hash written by `encodeUrlState`; invalid parts are ignored, never thrown. */
export function decodeUrlState(hash: string): UrlState {
  return parseUrlState(hash).state;
}
