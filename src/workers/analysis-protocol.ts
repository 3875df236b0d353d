/**
 * Messages between the analysis client (main thread) and the analysis worker. Everything is
 * structured-cloneable: typed arrays, plain objects, strings.
 */
import type { ClusterSummary } from "@/analysis/clusters";
import type { RawStrikeColumns } from "@/analysis/columns";
import type { NightClosest } from "@/analysis/nights";
import type { MissionLike, NearestMissions } from "@/analysis/proximity";
import type { TimeWindow } from "@/domain/types";

export interface ClusterParams {
  /** DBSCAN radius in metres. */
  readonly epsM: number;
  /** Minimum points (itself included) for a core point; default 3 like Turf. */
  readonly minPoints?: number;
  /** Also compute convex hulls. */
  readonly hull?: boolean;
}

export type AnalysisCall =
  | {
      readonly kind: "load";
      /** Raw columns: the worker validates them and derives the kernel terms (off the main thread). */
      readonly columns: RawStrikeColumns;
      readonly missions: readonly MissionLike[];
    }
  | { readonly kind: "clusters"; readonly window: TimeWindow; readonly params: ClusterParams }
  | { readonly kind: "nightly"; readonly missionId: string; readonly timeZone: string }
  | { readonly kind: "nearest" };

export interface AnalysisResults {
  readonly load: { readonly count: number };
  readonly clusters: readonly ClusterSummary[];
  readonly nightly: readonly NightClosest[];
  readonly nearest: NearestMissions;
}

export type AnalysisRequest = AnalysisCall & { readonly id: number };

/** A plain-object copy of a thrown error (errors lose their class across postMessage). */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string | undefined;
}

export type AnalysisResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SerializedError };
