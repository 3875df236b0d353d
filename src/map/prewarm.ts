import { prewarm, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

/** Points MapLibre at the worker script bundled with the app (no CDN, no blob). */
export function setBundledWorkerUrl(): void {
  setWorkerUrl(workerUrl);
}

/**
 * Starts MapLibre's worker pool now, before React's first render: the 520 kB worker script is
 * fetched and compiled while the page renders, not after the map's container has mounted
 * (`npm run bench:startup`; figures in scripts/bench-browser/NOTES.md). The pool then lives as
 * long as the page, which the app's maps (main and brief snapshot) share anyway.
 */
export function prewarmMap(): void {
  setBundledWorkerUrl();
  prewarm();
}
