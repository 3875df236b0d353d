import { featuresInView, type NavItem } from "@/analysis/feature-nav";
import { strikeMissionDistances } from "@/analysis/proximity";
import type { Mission, Strike } from "@/domain/types";
import { i18nFor } from "@/i18n/catalog";
import { type DistanceUnit, formatAtPrecision, formatDistance } from "@/lib/format";
import { memoizeLast } from "@/lib/memoize-last";
import { selectMissionsById, selectStrikesById, selectVisibleStrikes } from "./selectors";
import type { Selection } from "./slices/selection-slice";
import type { AppState } from "./store";
import { selectTimeZone } from "./time-selectors";

/** The navigator lists at most this many features (sites always; strikes fill the rest). */
export const NAV_LIMIT = 300;

const asItem =
  (kind: NavItem["kind"]) =>
  (x: Strike | Mission): NavItem => ({
    kind,
    id: x.id,
    lngLat: x.lngLat,
  });
const items = memoizeLast(
  (missions: readonly Mission[], strikes: readonly Strike[], b: AppState["mapBoundsDeg"]) =>
    b ? featuresInView(missions.map(asItem("mission")), strikes, b, NAV_LIMIT) : [],
  2,
);

/** The sites and shown strikes of the window inside the map's view, in navigator order. */
export const selectNavItems = (s: AppState): readonly NavItem[] =>
  items(s.missions, selectVisibleStrikes(s), s.mapBoundsDeg);

/** The parts a screen reader hears for one feature. */
export interface NavLabel {
  readonly name: string;
  readonly date: string | undefined;
  /** Exact (geodesic) distance to the nearest site, for strikes. */
  readonly nearest: { readonly distance: string; readonly siteName: string } | undefined;
}

/** What a label depends on besides its feature; a change of any of them makes a new label. */
interface LabelDeps {
  readonly locale: AppState["locale"];
  readonly unit: DistanceUnit;
  readonly zone: string;
  readonly missions: readonly Mission[];
}
const sameDeps = (a: LabelDeps, b: LabelDeps) =>
  a.locale === b.locale && a.unit === b.unit && a.zone === b.zone && a.missions === b.missions;
/**
 * Labels by feature object: the navigator lists up to NAV_LIMIT options and re-renders on every
 * window step while scrubbing; a strike's label (a geodesic distance to every site and a formatted
 * date) is made once per feature and settings, not once per step.
 */
const labelCache = new WeakMap<Strike | Mission, { deps: LabelDeps; label: NavLabel }>();

function cachedLabel(x: Strike | Mission, deps: LabelDeps, make: () => NavLabel): NavLabel {
  const hit = labelCache.get(x);
  if (hit && sameDeps(hit.deps, deps)) return hit.label;
  const label = make();
  labelCache.set(x, { deps, label });
  return label;
}

/** Name, date and exact distance to the nearest site of a strike or site; undefined if unknown. */
export function navLabelOf(
  s: AppState,
  sel: Selection,
  unit: DistanceUnit = s.distanceUnit,
): NavLabel | undefined {
  const { name, fmt } = i18nFor(s.locale);
  const deps: LabelDeps = { locale: s.locale, unit, zone: selectTimeZone(s), missions: s.missions };
  if (sel.kind === "mission") {
    const m = selectMissionsById(s).get(sel.id);
    return (
      m && cachedLabel(m, deps, () => ({ name: name(m.name), date: undefined, nearest: undefined }))
    );
  }
  const k = selectStrikesById(s).get(sel.id);
  if (!k) return undefined;
  return cachedLabel(k, deps, () => {
    const date = formatAtPrecision(k.tMs, k.timePrecision, deps.zone, k.timeWindow, fmt);
    const first = s.missions.length > 0 ? strikeMissionDistances(k, s.missions)[0] : undefined;
    const site = first && selectMissionsById(s).get(first.missionId);
    return {
      name: name(k.name),
      date,
      nearest:
        first && site
          ? { distance: formatDistance(first.distanceM, unit, fmt), siteName: name(site.name) }
          : undefined,
    };
  });
}
