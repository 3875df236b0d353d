/**
 * The work behind the analysis worker, as plain functions over the loaded data set, so the same
 * code runs inside the worker and, synchronously, on the main thread when `Worker` is missing.
 */
import { summarizeClusters } from "@/analysis/clusters";
import { type StrikeColumns, sliceStrikeColumns, strikeColumnsFrom } from "@/analysis/columns";
import { dbscan } from "@/analysis/dbscan";
import { AnalysisError } from "@/analysis/errors";
import { closestPerNight } from "@/analysis/nights";
import { type MissionLike, nearestMissions } from "@/analysis/proximity";
import { windowRange } from "@/analysis/time-index";
import type {
  AnalysisCall,
  AnalysisRequest,
  AnalysisResponse,
  AnalysisResults,
} from "./analysis-protocol";

export interface AnalysisEngine {
  /** Runs one call; the result type is `AnalysisResults[call.kind]`. Throws on bad input. */
  run(call: AnalysisCall): AnalysisResults[AnalysisCall["kind"]];
}

/** A fresh engine with no data loaded (calls other than "load" fail until one arrives). */
export function createAnalysisEngine(): AnalysisEngine {
  let columns: StrikeColumns | undefined;
  let missions: readonly MissionLike[] = [];
  const need = (): StrikeColumns => {
    if (!columns) throw new AnalysisError("invalid-argument", "no strikes loaded yet");
    return columns;
  };
  const run = (call: AnalysisCall): AnalysisResults[AnalysisCall["kind"]] => {
    switch (call.kind) {
      case "load":
        columns = strikeColumnsFrom(
          call.columns.lng,
          call.columns.lat,
          call.columns.tMs,
          call.columns.uncertaintyM,
        );
        missions = call.missions;
        return { count: columns.tMs.length };
      case "clusters": {
        const all = need();
        const [lo, hi] = windowRange(all.tMs, call.window);
        const slice = sliceStrikeColumns(all, lo, hi);
        const result = dbscan(slice, call.params.epsM, call.params.minPoints ?? 3);
        return summarizeClusters(result, slice, {
          tMs: slice.tMs,
          missions,
          hull: call.params.hull ?? false,
          indexOffset: lo,
        });
      }
      case "nightly": {
        const mission = missions.find((m) => m.id === call.missionId);
        if (!mission)
          throw new AnalysisError("invalid-argument", `unknown mission "${call.missionId}"`);
        return closestPerNight(mission, need(), call.timeZone);
      }
      case "nearest":
        return nearestMissions(need(), missions);
    }
  };
  return { run };
}

/** Runs one request and wraps the outcome (result or serialised error) for postMessage. */
export function handleRequest(engine: AnalysisEngine, request: AnalysisRequest): AnalysisResponse {
  try {
    return { id: request.id, ok: true, result: engine.run(request) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = e instanceof AnalysisError ? e.code : undefined;
    return { id: request.id, ok: false, error: { name: err.name, message: err.message, code } };
  }
}
