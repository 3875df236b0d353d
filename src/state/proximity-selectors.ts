import { type StrikeColumns, toStrikeColumns } from "@/analysis/columns";
import { distancesFrom, orderByDistance } from "@/analysis/distances-from";
import { strikeMissionDistances } from "@/analysis/proximity";
import { countWithinRadii } from "@/analysis/rings";
import type { LocalizedName, Mission, Strike } from "@/domain/types";
import type { IdLookup } from "@/lib/id-lookup";
import { memoizeLast } from "@/lib/memoize-last";
import {
  selectMissionsById,
  selectSelectedMission,
  selectShownRange,
  selectShownStrikes,
  selectStrikesById,
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

/** Rows the near-miss list builds in full; the rest are only counted. */
export const NEAR_MISS_ROWS = 100;

export interface NearMisses {
  /** The nearest strikes, nearest first (ties: earlier first), at most NEAR_MISS_ROWS. */
  readonly rows: readonly NearMissRow[];
  /** How many strikes were ranked (the whole window). */
  readonly total: number;
}

/**
 * Ranks the strikes of rows `[lo, hi)` by geodesic distance from `mission` (the engine's bulk
 * kernel, so 100k rows take milliseconds), then gives the nearest `limit` as rows measured by the
 * engine's strike→mission function (geographiclib), so they match the strike's own details.
 * Pure; never mutates its inputs.
 */
export function nearMisses(
  mission: Mission,
  strikes: readonly Strike[],
  columns: StrikeColumns,
  range: { lo: number; hi: number },
  limit = NEAR_MISS_ROWS,
): NearMisses {
  const order = orderByDistance(
    distancesFrom(mission.lngLat, columns, range.lo, range.hi),
    range.lo,
  );
  const rows: NearMissRow[] = [];
  for (const i of order.subarray(0, limit)) {
    const strike = strikes[i];
    const d = strike ? strikeMissionDistances(strike, [mission])[0] : undefined;
    if (!strike || !d) continue;
    rows.push({
      strike,
      distanceM: d.distanceM,
      bearingDeg: d.bearingFromMissionDeg,
      minM: d.minM,
      maxM: d.maxM,
    });
  }
  return { rows, total: order.length };
}

/** The strikes as columns, built once per data set and shared by the mission selectors. */
export const strikeColumns = memoizeLast(toStrikeColumns);
const NONE: NearMisses = { rows: [], total: 0 };

const nearMissesMemo = memoizeLast(
  (mission: Mission | undefined, strikes: readonly Strike[], range: { lo: number; hi: number }) =>
    mission ? nearMisses(mission, strikes, strikeColumns(strikes), range) : NONE,
);

/** The window's strikes nearest the selected mission (nothing without a selected mission). */
export const selectMissionNearMisses = (s: AppState): NearMisses =>
  nearMissesMemo(selectSelectedMission(s), selectShownStrikes(s), selectShownRange(s));

export interface RingRow {
  readonly radiusM: number;
  /** Strikes of the window whose point lies within `radiusM` of the mission (geodesic). */
  readonly count: number;
  /** Strikes that may lie within it given both uncertainties. */
  readonly possibleCount: number;
}

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
  ringRows(selectSelectedMission(s), selectShownStrikes(s), selectShownRange(s), s.ringRadiiM);

/** A cluster with its nearest mission's name resolved for display. */
export interface ClusterListItem extends ClusterView {
  readonly nearestMissionName?: LocalizedName | undefined;
}

const clusterList = memoizeLast(
  (clusters: readonly ClusterView[] | undefined, missions: IdLookup<Mission>) =>
    (clusters ?? []).map(
      (c): ClusterListItem => ({
        ...c,
        nearestMissionName: c.nearestMissionId ? missions.get(c.nearestMissionId)?.name : undefined,
      }),
    ),
);

/** The window's clusters (largest first, as the engine orders them), ready for a list. */
export const selectClusterList = (s: AppState): readonly ClusterListItem[] =>
  clusterList(s.clusterResult?.clusters, selectMissionsById(s));

const selectedCluster = memoizeLast(
  (items: readonly ClusterListItem[], id: number | undefined, strikes: IdLookup<Strike>) => {
    const cluster = items.find((c) => c.id === id);
    if (!cluster) return undefined;
    const members = cluster.strikeIds.flatMap((sid) => strikes.get(sid) ?? []);
    return { cluster, strikes: members };
  },
);

/** The chosen cluster and its strikes (in time order), if any. */
export const selectSelectedCluster = (s: AppState) =>
  selectedCluster(selectClusterList(s), s.selectedClusterId, selectStrikesById(s));
