import eventsUrl from "@geo/diplomatic-events.json?url";
import missionsUrl from "@geo/missions.geojson?url";
import strikesUrl from "@geo/strikes.geojson?url";

export interface GeoFile {
  readonly url: string;
  /** The name shown to users in messages, e.g. "geo/strikes.geojson". */
  readonly name: string;
  /** True when a link's `?strikes=` (etc.) replaced the bundled file. */
  readonly overridden?: boolean | undefined;
  /**
   * True for the bundled files in a build only: the build checked them with every rule
   * (scripts/vite-plugin-geo-check), so the loader maps them without validating again.
   */
  readonly checkedAtBuild?: boolean | undefined;
}

export interface GeoFileUrls {
  readonly missions: GeoFile;
  readonly strikes: GeoFile;
  readonly events: GeoFile;
}

/** A build checked the bundled files; the dev server (and the tests) did not, so they validate. */
const checkedAtBuild = import.meta.env.PROD;

/** The bundled data files, as URLs Vite content-hashes into dist/ (so they are what was checked). */
export const BUNDLED_GEO_URLS: GeoFileUrls = {
  missions: { url: missionsUrl, name: "geo/missions.geojson", checkedAtBuild },
  strikes: { url: strikesUrl, name: "geo/strikes.geojson", checkedAtBuild },
  events: { url: eventsUrl, name: "geo/diplomatic-events.json", checkedAtBuild },
};

/**
 * Lets a same-origin data file replace a bundled one through the query string (`?strikes=./x.geojson`),
 * used by the browser benchmark's synthetic data and by researchers with their own files.
 * Off-origin URLs are ignored so the default stays offline.
 */
export function geoUrlsFromQuery(search: string, base: string): GeoFileUrls {
  const params = new URLSearchParams(search);
  const pick = (key: keyof GeoFileUrls): GeoFile => {
    const raw = params.get(key);
    if (!raw) return BUNDLED_GEO_URLS[key];
    try {
      const url = new URL(raw, base);
      if (url.origin !== new URL(base).origin) return BUNDLED_GEO_URLS[key];
      return { url: url.href, name: raw.slice(0, 200), overridden: true };
    } catch {
      return BUNDLED_GEO_URLS[key];
    }
  };
  return { missions: pick("missions"), strikes: pick("strikes"), events: pick("events") };
}
