import type { Strike } from "@/domain/types";
import type { ClusterRunner } from "@/state/slices/proximity-slice";
import { createAppStore } from "@/state/store";
import { consulate, embassy, strike } from "./domain-fixtures";

const HOUR_MS = 3_600_000;
/** The first test strike's instant; strike `i` is `i` hours later. */
export const T0_MS = Date.parse("2025-01-01T00:00:00Z");

/** `n` time-sorted strikes one hour apart, ids `s0…`, distinct map ids, spread over Kyiv. */
export function hourlyStrikes(n: number): Strike[] {
  return Array.from({ length: n }, (_, i) =>
    strike({
      id: `s${i}`,
      mapId: 1000 + i,
      time: new Date(T0_MS + i * HOUR_MS).toISOString(),
      lngLat: [30.4 + (i % 100) * 0.001, 50.4 + Math.floor(i / 100) * 0.001],
    }),
  );
}

/** A fresh store holding the two test missions and `strikes` (clusters from `clusterRunner`). */
export function storeWith(
  strikes: readonly Strike[],
  clusterRunner: ClusterRunner = async () => [],
) {
  const store = createAppStore({ clusterRunner });
  store.getState().setLoadedData({
    missions: [embassy, consulate],
    strikes: [...strikes],
    events: [],
    issues: [],
    datasetVersion: "test",
  });
  return store;
}

/** The window `[from, to)` in hours after T0. */
export const hoursWindow = (from: number, to: number) => ({
  startMs: T0_MS + from * HOUR_MS,
  endMs: T0_MS + to * HOUR_MS,
});
