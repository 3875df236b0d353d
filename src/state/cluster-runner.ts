import type { ClusterSummary } from "@/analysis/clusters";
import type { LngLat, Mission, Strike } from "@/domain/types";
import { type AnalysisClient, createAnalysisClient } from "@/workers/analysis-client";
import { rawStrikeColumns } from "./selectors";
import type { ClusterRunner, ClusterView } from "./slices/proximity-slice";

/**
 * An engine cluster summary in the store's terms: strike ids instead of row indices, and the
 * badge's place (the northernmost member) read by index here, so that drawing a cluster needs no
 * id → strike lookup (building one over 100k imported strikes took 87 ms of a frame). Pure.
 */
export function toClusterView(summary: ClusterSummary, strikes: readonly Strike[]): ClusterView {
  let badgeAt: LngLat = summary.centroid;
  for (const i of summary.strikeIndices) {
    const at = strikes[i]?.lngLat;
    if (at && at[1] > badgeAt[1]) badgeAt = at;
  }
  return {
    id: summary.id,
    count: summary.count,
    strikeIds: summary.strikeIndices.flatMap((i) => strikes[i]?.id ?? []),
    startMs: summary.startMs,
    endMs: summary.endMs,
    centroid: summary.centroid,
    badgeAt,
    hull: summary.hull,
    nearestMissionId: summary.nearestMissionId,
    nearestMissionDistanceM: summary.nearestMissionDistanceM,
  };
}

/**
 * Clusters through the analysis worker client (DBSCAN identical to Turf's, off the main thread,
 * cached per window by the client). The client is created on first use and given the data set
 * again whenever the strikes or missions change. Without `Worker` the client runs in-thread.
 */
export function createWorkerClusterRunner(
  makeClient: () => AnalysisClient = () => createAnalysisClient(),
): ClusterRunner {
  let client: AnalysisClient | undefined;
  let loaded:
    | { strikes: readonly Strike[]; missions: readonly Mission[]; ready: Promise<void> }
    | undefined;
  return async ({ strikes, missions, window, epsM, minPoints }) => {
    client ??= makeClient();
    if (!loaded || loaded.strikes !== strikes || loaded.missions !== missions) {
      const ready = client.setData(rawStrikeColumns(strikes), missions);
      const entry = { strikes, missions, ready };
      loaded = entry;
      // A failed load is not kept: the next run gives the data again (the worker may be back).
      ready.catch(() => {
        if (loaded === entry) loaded = undefined;
      });
    }
    await loaded.ready;
    const windowKey = `${window.startMs}-${window.endMs}`;
    const summaries = await client.clusters(windowKey, window, { epsM, minPoints, hull: true });
    return [...summaries]
      .sort((a, b) => b.count - a.count || a.id - b.id)
      .map((s) => toClusterView(s, strikes));
  };
}
