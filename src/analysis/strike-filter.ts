import {
  BUILTIN_LAYER,
  type Confidence,
  type LocationPrecision,
  type Mission,
  type Strike,
  type WeaponClass,
} from "@/domain/types";
import { geodesicInverse } from "./geodesic";

/** "Within X of a site": keep only strikes whose point lies within `withinM` of the mission. */
export interface NearFilter {
  readonly missionId: string;
  readonly withinM: number;
}

/** What the user chose to hide. Empty lists and no `near` mean "show everything". */
export interface StrikeFilters {
  readonly hiddenWeapons: readonly WeaponClass[];
  readonly hiddenConfidence: readonly Confidence[];
  readonly hiddenPrecision: readonly LocationPrecision[];
  /** Layer ids (`layerId ?? "builtin"`) whose strikes are hidden. */
  readonly hiddenLayers: readonly string[];
  readonly near?: NearFilter | undefined;
}

/** The filters that hide nothing. */
export const NO_FILTERS: StrikeFilters = {
  hiddenWeapons: [],
  hiddenConfidence: [],
  hiddenPrecision: [],
  hiddenLayers: [],
  near: undefined,
};

/** True when the filters hide nothing (fast paths skip the mask). Pure. */
export function isNoFilter(f: StrikeFilters): boolean {
  return (
    f.hiddenWeapons.length === 0 &&
    f.hiddenConfidence.length === 0 &&
    f.hiddenPrecision.length === 0 &&
    f.hiddenLayers.length === 0 &&
    !f.near
  );
}

/** The layer a record belongs to: its `layerId`, or "builtin". Pure. */
export const layerOf = (r: { readonly layerId?: string | undefined }): string =>
  r.layerId ?? BUILTIN_LAYER;

/**
 * A predicate that tells whether a strike passes the filters. A `near` filter naming a mission
 * that is not in `missions` keeps nothing (the site is unknown, so no strike is known to be near).
 * Distances are geodesic (WGS84) between the two points. Pure.
 */
export function strikePredicate(
  f: StrikeFilters,
  missions: readonly Mission[],
): (s: Strike) => boolean {
  if (isNoFilter(f)) return keepAll;
  const weapons = new Set(f.hiddenWeapons);
  const conf = new Set(f.hiddenConfidence);
  const prec = new Set(f.hiddenPrecision);
  const layers = new Set(f.hiddenLayers);
  const near = f.near;
  const site = near ? missions.find((m) => m.id === near.missionId) : undefined;
  return (s) => {
    if (weapons.has(s.weaponClass) || conf.has(s.confidence)) return false;
    if (prec.has(s.locationPrecision) || layers.has(layerOf(s))) return false;
    if (!near) return true;
    if (!site) return false;
    return geodesicInverse(s.lngLat, site.lngLat).distanceM <= near.withinM;
  };
}

const keepAll = (_s: Strike): boolean => true;

/**
 * One byte per strike (1 = shown) and the running count of shown strikes (`prefix[i]` = shown
 * among `strikes[0..i)`), so a window's count is `prefix[hi] − prefix[lo]`. Pure.
 */
export function filterMask(
  strikes: readonly Strike[],
  f: StrikeFilters,
  missions: readonly Mission[],
): { mask: Uint8Array; prefix: Uint32Array } {
  const keep = strikePredicate(f, missions);
  const mask = new Uint8Array(strikes.length);
  const prefix = new Uint32Array(strikes.length + 1);
  if (keep === keepAll) {
    // Nothing hidden (the usual case, and the one after an import): no record to read.
    mask.fill(1);
    for (let i = 1; i <= strikes.length; i++) prefix[i] = i;
    return { mask, prefix };
  }
  strikes.forEach((s, i) => {
    mask[i] = keep(s) ? 1 : 0;
    prefix[i + 1] = (prefix[i] as number) + (mask[i] as number);
  });
  return { mask, prefix };
}

/** Plain words for the active filters ("hidden: drone; confidence low hidden; within 1 km of …"). Pure. */
export function describeFilters(
  f: StrikeFilters,
  missionName: (id: string) => string,
  formatM: (m: number) => string = (m) => `${m} m`,
): string {
  const parts: string[] = [];
  if (f.hiddenWeapons.length) parts.push(`weapon hidden: ${f.hiddenWeapons.join(", ")}`);
  if (f.hiddenConfidence.length) parts.push(`confidence hidden: ${f.hiddenConfidence.join(", ")}`);
  if (f.hiddenPrecision.length) parts.push(`precision hidden: ${f.hiddenPrecision.join(", ")}`);
  if (f.hiddenLayers.length) parts.push(`layers hidden: ${f.hiddenLayers.join(", ")}`);
  if (f.near) parts.push(`within ${formatM(f.near.withinM)} of ${missionName(f.near.missionId)}`);
  return parts.length ? parts.join("; ") : "none";
}
