import italicCyrillicUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff2?url";
import regularCyrillicUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import semiboldCyrillicUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url";
import italicCyrillicExtUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-italic.woff2?url";
import regularCyrillicExtUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url";
import semiboldCyrillicExtUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url";
import italicLatinUrl from "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url";
import regularLatinUrl from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import semiboldLatinUrl from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import italicLatinExtUrl from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url";
import regularLatinExtUrl from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import semiboldLatinExtUrl from "@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url";
import bordersUrl from "@geo/basemap/borders.geojson?url";
import kyivDistrictsUrl from "@geo/basemap/kyiv-districts.geojson?url";
import labelsUrl from "@geo/basemap/labels.geojson?url";
import lakesUrl from "@geo/basemap/lakes.geojson?url";
import oblastLinesUrl from "@geo/basemap/oblast-lines.geojson?url";
import placesUrl from "@geo/basemap/places.geojson?url";
import riversUrl from "@geo/basemap/rivers.geojson?url";
import seaUrl from "@geo/basemap/sea.geojson?url";
import ukraineUrl from "@geo/basemap/ukraine.geojson?url";
import urbanUrl from "@geo/basemap/urban.geojson?url";
import type { BasemapUrls } from "./basemap-style";

/** The basemap files as Vite emits them (relative to the page; content-hashed in dist/). */
const RELATIVE: BasemapUrls = {
  data: {
    sea: seaUrl,
    ukraine: ukraineUrl,
    "oblast-lines": oblastLinesUrl,
    borders: bordersUrl,
    lakes: lakesUrl,
    rivers: riversUrl,
    urban: urbanUrl,
    "kyiv-districts": kyivDistrictsUrl,
    places: placesUrl,
    labels: labelsUrl,
  },
  fonts: {
    "regular-latin": regularLatinUrl,
    "regular-latin-ext": regularLatinExtUrl,
    "regular-cyrillic": regularCyrillicUrl,
    "regular-cyrillic-ext": regularCyrillicExtUrl,
    "semibold-latin": semiboldLatinUrl,
    "semibold-latin-ext": semiboldLatinExtUrl,
    "semibold-cyrillic": semiboldCyrillicUrl,
    "semibold-cyrillic-ext": semiboldCyrillicExtUrl,
    "italic-latin": italicLatinUrl,
    "italic-latin-ext": italicLatinExtUrl,
    "italic-cyrillic": italicCyrillicUrl,
    "italic-cyrillic-ext": italicCyrillicExtUrl,
  },
};

function absolute<K extends string>(
  urls: Readonly<Record<K, string>>,
  base: string,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(urls) as K[]) out[key] = new URL(urls[key], base).href;
  return out;
}

/**
 * The basemap's data and font URLs made absolute against `baseUri` (the page by default):
 * MapLibre fetches GeoJSON in a worker and fonts by URL, where relative paths would not resolve.
 * All of them stay on the page's own origin.
 */
export function basemapUrls(baseUri: string = document.baseURI): BasemapUrls {
  return {
    data: absolute(RELATIVE.data, baseUri),
    fonts: absolute(RELATIVE.fonts, baseUri),
    streetsBase: baseUri,
  };
}
