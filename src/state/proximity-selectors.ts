import { toStrikeColumns } from "@/analysis/columns";
import { closestPerNight } from "@/analysis/nights";
import { strikeMissionDistances } from "@/analysis/proximity";
import { countWithinRadii } from "@/analysis/rings";
import type { Mission, Strike } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";
import {
  selectMissionsById,
  selectSelectedMission,
  selectStrikesById,
  selectVisibleRange,
  selectVisibleStrikes,
} from "./selectors";
import type { ClusterView } from "./slices/proximity-slice";
import type { AppState } from "./store";

/** One strike of the window seen from the selected mission. */
export interface NearMissRow {
  readonly strike: Strike;
  readonly distanceM: number;
  /** Bearing from the mission to the strike, degrees clockwise from north. */
  readonly bearingDeg: number;
  readonly minM: number;
  readonly maxM: number;
}

/**
 * Every strike's exact geodesic distance from `mission` (the engine's strike→mission function,
 * so the numbers match the strike's own details), nearest first, ties in time order, with the
 * interval from both uncertainties. Pure; never mutates its inputs.
 */
export function nearMisses(mission: Mission, strikes: readonly Strike[]): NearMissRow[] {
  const rows = strikes.map((strike): NearMissRow => {
    const d = strikeMissionDistances(strike, [mission])[0];
    return {
      strike,
      distanceM: d?.distanceM ?? Number.NaN,
      bearingDeg: d?.bearingFromMissionDeg ?? Number.NaN,
      minM: d?.minM ?? Number.NaN,
      maxM: d?.maxM ?? Number.NaN,
    };
  });
  return rows.sort((a, b) => a.distanceM - b.distanceM || a.strike.tMs - b.strike.tMs);
}

const nearMissesMemo = memoizeLast((mission: Mission | undefined, strikes: readonly Strike[]) =>
  mission ? nearMisses(mission, strikes) : [],
);

/** The window's strikes sorted by distance from the selected mission (empty without one). */
export const selectMissionNearMisses = (s: AppState): readonly NearMissRow[] =>
  nearMissesMemo(selectSelectedMission(s), selectVisibleStrikes(s));

export interface RingRow {
  readonly radiusM: number;
  /** Strikes of the window whose point lies within `radiusM` of the mission (geodesic). */
  readonly count: number;
  /** Strikes that may lie within it given both uncertainties. */
  readonly possibleCount: number;
}

const strikeColumns = memoizeLast(toStrikeColumns);

const ringRows = memoizeLast(
  (
    mission: Mission | undefined,
    strikes: readonly Strike[],
    range: { lo: number; hi: number },
    radii: readonly number[],
  ) =>
    mission
      ? countWithinRadii(mission.lngLat, strikeColumns(strikes), radii, {
          range: [range.lo, range.hi],
          centerUncertaintyM: mission.uncertaintyM,
          uncertaintyM: strikeColumns(strikes).uncertaintyM,
        }).map(
          (r): RingRow => ({ radiusM: r.radiusM, count: r.count, possibleCount: r.possibleCount }),
        )
      : [],
);

/** The range rings of the selected mission with the window's strike counts inside each. */
export const selectMissionRings = (s: AppState): readonly RingRow[] =>
  ringRows(selectSelectedMission(s), s.strikes, selectVisibleRange(s), s.ringRadiiM);

/** A cluster with its nearest mission's name resolved for display. */
export interface ClusterListItem extends ClusterView {
  readonly nearestMissionName?: string | undefined;
}

const clusterList = memoizeLast(
  (clusters: readonly ClusterView[] | undefined, missions: ReadonlyMap<string, Mission>) =>
    (clusters ?? []).map(
      (c): ClusterListItem => ({
        ...c,
        nearestMissionName: c.nearestMissionId
          ? missions.get(c.nearestMissionId)?.name.en
          : undefined,
      }),
    ),
);

/** The window's clusters (largest first, as the engine orders them), ready for a list. */
export const selectClusterList = (s: AppState): readonly ClusterListItem[] =>
  clusterList(s.clusterResult?.clusters, selectMissionsById(s));

const selectedCluster = memoizeLast(
  (
    items: readonly ClusterListItem[],
    id: number | undefined,
    strikes: ReadonlyMap<string, Strike>,
  ) => {
    const cluster = items.find((c) => c.id === id);
    if (!cluster) return undefined;
    const members = cluster.strikeIds.flatMap((sid) => strikes.get(sid) ?? []);
    return { cluster, strikes: members };
  },
);

/** The chosen cluster and its strikes (in time order), if any. */
export const selectSelectedCluster = (s: AppState) =>
  selectedCluster(selectClusterList(s), s.selectedClusterId, selectStrikesById(s));

/** The closest strike to a mission in one night (18:00–06:00 Kyiv). */
export interface NightPoint {
  /** The date the night starts on, YYYY-MM-DD (Kyiv). */
  readonly nightLabel: string;
  readonly nightStartMs: number;
  readonly strikeId: string;
  readonly strikeName: string;
  readonly distanceM: number;
  readonly minM: number;
  readonly maxM: number;
}

export interface NightHistory {
  readonly nights: readonly NightPoint[];
  /** Strikes between 06:00 and 18:00 Kyiv, which belong to no night. */
  readonly daytimeCount: number;
}

const history = memoizeLast(
  (mission: Mission | undefined, strikes: readonly Strike[]): NightHistory => {
    if (!mission) return { nights: [], daytimeCount: 0 };
    const raw = closestPerNight(mission, strikes, "Europe/Kyiv");
    const nights = raw.flatMap((n): NightPoint[] => {
      const strike = strikes[n.strikeIndex];
      if (!strike) return [];
      return [
        {
          nightLabel: n.nightDate,
          nightStartMs: n.startMs,
          strikeId: strike.id,
          strikeName: strike.name.en,
          distanceM: n.distanceM,
          minM: n.minM,
          maxM: n.maxM,
        },
      ];
    });
    const inNights = raw.reduce((a, n) => a + n.strikeCount, 0);
    return { nights, daytimeCount: strikes.length - inNights };
  },
);

/** The selected mission's closest strike per night across the whole history (not the window). */
export const selectMissionNightHistory = (s: AppState): NightHistory =>
  history(selectSelectedMission(s), s.strikes);
