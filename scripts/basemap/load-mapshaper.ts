/**
 * mapshaper is installed on demand, not by the app's `npm ci` (its optional better-sqlite3 would
 * compile native code on every fresh install). Its pinned version lives in scripts/basemap's own
 * package.json and lockfile: `npm ci --prefix scripts/basemap`.
 */
import type mapshaperModule from "mapshaper";

/** Loads mapshaper for the basemap build, or throws saying how to install it. */
export async function loadMapshaper(): Promise<typeof mapshaperModule> {
  try {
    return (await import("mapshaper")).default;
  } catch (cause) {
    throw new Error(
      "mapshaper is not installed: run `npm ci --prefix scripts/basemap` (pinned in scripts/basemap/package-lock.json).",
      { cause },
    );
  }
}
