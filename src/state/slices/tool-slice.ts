import type { StateCreator } from "zustand";
import { MAX_MEASURE_POINTS } from "@/domain/map-extent";
import type { LngLat } from "@/domain/types";
import type { AppState } from "../store";

export type Tool = "pan" | "measure";

/** A strike or mission a measure point is snapped to. */
export interface MeasureRef {
  readonly kind: "strike" | "mission";
  readonly id: string;
}

/** One vertex of the measured path; `ref` is set when it was snapped to a strike or mission. */
export interface MeasurePoint {
  readonly lngLat: LngLat;
  readonly ref?: MeasureRef | undefined;
}

/** The active map tool and the measure tool's path. Every action replaces arrays, never mutates. */
export interface ToolSlice {
  tool: Tool;
  measurePoints: readonly MeasurePoint[];
  setTool: (tool: Tool) => void;
  /** Switches between panning and measuring (the M key). */
  toggleMeasure: () => void;
  addMeasurePoint: (point: MeasurePoint) => void;
  /** Moves vertex `index` (dragging); out-of-range indices are ignored. */
  moveMeasurePoint: (index: number, point: MeasurePoint) => void;
  /** Removes the last vertex (Backspace). */
  removeLastMeasurePoint: () => void;
  /** Replaces the whole path (e.g. "Measure to…" or a shared link). */
  setMeasurePoints: (points: readonly MeasurePoint[]) => void;
  clearMeasure: () => void;
  /** Stops adding points (Enter/Escape) and keeps the path on screen. */
  finishMeasure: () => void;
}

export const createToolSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  ToolSlice
> = (set, get) => ({
  tool: "pan",
  measurePoints: [],
  setTool: (tool) => set({ tool }),
  toggleMeasure: () => set({ tool: get().tool === "measure" ? "pan" : "measure" }),
  addMeasurePoint: (point) => {
    const points = get().measurePoints;
    if (points.length < MAX_MEASURE_POINTS) set({ measurePoints: [...points, point] });
  },
  moveMeasurePoint: (index, point) => {
    const points = get().measurePoints;
    if (!Number.isInteger(index) || index < 0 || index >= points.length) return;
    set({ measurePoints: points.map((p, i) => (i === index ? point : p)) });
  },
  removeLastMeasurePoint: () => {
    const points = get().measurePoints;
    if (points.length > 0) set({ measurePoints: points.slice(0, -1) });
  },
  setMeasurePoints: (points) => set({ measurePoints: points.slice(0, MAX_MEASURE_POINTS) }),
  clearMeasure: () => set({ measurePoints: [] }),
  finishMeasure: () => set({ tool: "pan" }),
});
