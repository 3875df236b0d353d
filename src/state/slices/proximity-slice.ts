import type { StateCreator } from "zustand";
import type { LngLat, Mission, Strike, TimeWindow } from "@/domain/types";
import { selectShownRange, selectShownStrikes } from "../selectors";
import type { AppState } from "../store";

/** Default range rings around a selected mission, metres. */
export const DEFAULT_RING_RADII_M: readonly number[] = [100, 500, 1_000, 5_000, 25_000];
export const MAX_RINGS = 8;
export const MAX_RING_RADIUS_M = 1_000_000;
export const EPS_RANGE_M = { min: 10, max: 100_000 } as const;
export const MIN_POINTS_RANGE = { min: 1, max: 100 } as const;

/** One DBSCAN cluster of the window's strikes, as the UI and the map need it. */
export interface ClusterView {
  readonly id: number;
  readonly count: number;
  /** Strike ids in time order. */
  readonly strikeIds: readonly string[];
  readonly startMs: number;
  readonly endMs: number;
  readonly centroid: LngLat;
  /** Where the count badge sits: the northernmost member (the centroid if none is known). */
  readonly badgeAt: LngLat;
  /** Convex hull ring, when the cluster has three or more distinct points. */
  readonly hull?: readonly LngLat[] | undefined;
  readonly nearestMissionId?: string | undefined;
  readonly nearestMissionDistanceM?: number | undefined;
}

/** What one clustering run needs: the whole data set (sorted by time) and the window to cluster. */
export interface ClusterInput {
  readonly key: string;
  readonly strikes: readonly Strike[];
  readonly missions: readonly Mission[];
  readonly window: TimeWindow;
  readonly epsM: number;
  readonly minPoints: number;
}

/** Computes clusters (the analysis worker in the app, see cluster-runner; a stub in tests). */
export type ClusterRunner = (input: ClusterInput) => Promise<readonly ClusterView[]>;

export type ClusterStatus = "idle" | "computing" | "ready" | "error";

/** Range-ring and clustering settings (user intent) plus the last clustering result. */
export interface ProximitySlice {
  ringRadiiM: readonly number[];
  clusterEpsM: number;
  clusterMinPoints: number;
  clustersVisible: boolean;
  selectedClusterId: number | undefined;
  /**
   * The clusters of one window and settings, keyed. Derived data, but produced asynchronously by
   * the worker, so it is cached here rather than in a synchronous selector.
   */
  clusterResult: { readonly key: string; readonly clusters: readonly ClusterView[] } | undefined;
  clusterStatus: ClusterStatus;
  /** Why the last clustering failed (status "error"), in words. */
  clusterError: string | undefined;
  /** Sets the ring radii; invalid entries are dropped, the rest sorted and de-duplicated. */
  setRingRadii: (radiiM: readonly number[]) => void;
  setClusterSettings: (settings: { epsM?: number; minPoints?: number }) => void;
  setClustersVisible: (visible: boolean) => void;
  selectCluster: (id: number | undefined) => void;
  /** Starts clustering the current window unless a result or a run for it already exists. */
  ensureClusters: () => void;
}

/** Cleans a list of radii: finite, > 0, ≤ 1000 km, unique, ascending, at most MAX_RINGS. Pure. */
export function cleanRadii(radiiM: readonly number[]): number[] {
  const ok = radiiM.filter((r) => Number.isFinite(r) && r > 0 && r <= MAX_RING_RADIUS_M);
  return [...new Set(ok)].sort((a, b) => a - b).slice(0, MAX_RINGS);
}

const generations = new WeakMap<readonly Strike[], number>();
let nextGeneration = 1;

function generationOf(strikes: readonly Strike[]): number {
  let gen = generations.get(strikes);
  if (gen === undefined) {
    gen = nextGeneration++;
    generations.set(strikes, gen);
  }
  return gen;
}

/** What clusters depend on besides the window: the shown data set, the settings and the sites. */
export const clusterInputsKey = (s: AppState): string =>
  `${generationOf(selectShownStrikes(s))}:${s.clusterEpsM}:${s.clusterMinPoints}:${s.missions.length}`;

/** The key of the clusters the current state asks for: data set, window slice and settings. */
export function clusterKey(s: AppState): string {
  const { lo, hi } = selectShownRange(s);
  return `${clusterInputsKey(s)}:${lo}-${hi}`;
}

const clamp = (v: number, r: { min: number; max: number }) => Math.min(r.max, Math.max(r.min, v));

export const createProximitySlice =
  (
    runner: ClusterRunner,
  ): StateCreator<AppState, [["zustand/subscribeWithSelector", never]], [], ProximitySlice> =>
  (set, get) => {
    let pendingKey: string | undefined;
    return {
      ringRadiiM: DEFAULT_RING_RADII_M,
      clusterEpsM: 1_000,
      clusterMinPoints: 3,
      clustersVisible: true,
      selectedClusterId: undefined,
      clusterResult: undefined,
      clusterStatus: "idle",
      clusterError: undefined,
      setRingRadii: (radiiM) => {
        const clean = cleanRadii(radiiM);
        if (clean.length > 0) set({ ringRadiiM: clean });
      },
      setClusterSettings: ({ epsM, minPoints }) => {
        const next: Partial<ProximitySlice> = {};
        if (epsM !== undefined && Number.isFinite(epsM))
          next.clusterEpsM = clamp(epsM, EPS_RANGE_M);
        if (minPoints !== undefined && Number.isFinite(minPoints)) {
          next.clusterMinPoints = clamp(Math.round(minPoints), MIN_POINTS_RANGE);
        }
        set(next);
      },
      setClustersVisible: (clustersVisible) => set({ clustersVisible }),
      selectCluster: (selectedClusterId) => set({ selectedClusterId }),
      ensureClusters: () => {
        const state = get();
        if (state.dataStatus !== "ready") return;
        const key = clusterKey(state);
        if (state.clusterResult?.key === key || pendingKey === key) return;
        pendingKey = key;
        set({ clusterStatus: "computing" });
        const input: ClusterInput = {
          key,
          strikes: selectShownStrikes(state),
          missions: state.missions,
          window: state.timeWindow,
          epsM: state.clusterEpsM,
          minPoints: state.clusterMinPoints,
        };
        runner(input).then(
          (clusters) => {
            if (pendingKey !== key) return;
            pendingKey = undefined;
            set({
              clusterResult: { key, clusters },
              clusterStatus: "ready",
              selectedClusterId: undefined,
            });
          },
          (error: unknown) => {
            if (pendingKey !== key) return;
            pendingKey = undefined;
            const clusterError = error instanceof Error ? error.message : String(error);
            set({ clusterStatus: "error", clusterError });
          },
        );
      },
    };
  };
