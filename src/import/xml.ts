/**
 * KML, KMZ and GPX → Table via @tmcw/togeojson. A worker has no DOMParser, so the XML DOM comes
 * from @xmldom/xmldom (maintained, dependency-free, and the DOM togeojson is typed and tested
 * against). KMZ is unzipped with fflate (small, synchronous, no dependencies).
 */

import { gpx, kml } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import { archiveRefusal } from "./file-kind";
import { featuresTable } from "./geojson";
import type { Table } from "./table";
import { MAX_IMPORT_BYTES } from "./types";

export type XmlTable = { readonly table: Table } | { readonly error: string };

/** Text of an HTML description without tags (rendered as text anyway; tags would only be noise). */
function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function tidy(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...properties };
  for (const key of [
    "styleUrl",
    "styleHash",
    "styleMapHash",
    "stroke",
    "stroke-opacity",
    "stroke-width",
    "fill",
    "fill-opacity",
    "icon",
    "icon-scale",
    "icon-color",
    "label-scale",
    "label-color",
    "visibility",
    "_gpxType",
  ]) {
    delete out[key];
  }
  const desc = out.description as string | { value?: unknown } | undefined;
  if (typeof desc === "string") out.description = plain(desc);
  else if (desc && typeof desc.value === "string") out.description = plain(desc.value);
  // One time column for every placemark: TimeStamp, else the start of a TimeSpan.
  const span = out.timespan as { begin?: string } | undefined;
  out.when = out.timestamp ?? span?.begin ?? "";
  delete out.timestamp;
  delete out.timespan;
  delete out.coordinateProperties;
  return out;
}

/** Parses KML or GPX text into a Table of its placemarks/waypoints. Never throws. */
export function xmlTable(text: string, format: "kml" | "gpx"): XmlTable {
  let features: readonly { properties?: unknown }[];
  try {
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(text, "text/xml");
    if (errors.length > 0)
      return { error: `The ${format.toUpperCase()} is not well-formed XML: ${errors[0]}` };
    features = (format === "kml" ? kml(doc) : gpx(doc)).features;
  } catch (error) {
    return { error: `The ${format.toUpperCase()} could not be read: ${(error as Error).message}` };
  }
  const tidied = features.map((f) => ({
    ...f,
    properties: tidy((f.properties ?? {}) as Record<string, unknown>),
  }));
  return { table: featuresTable(tidied, new Map(), false, null) };
}

/**
 * The main KML inside a KMZ archive (doc.kml, else the first .kml), or why there is none (an
 * office document or a zipped shapefile is named as such: ./file-kind).
 */
export function kmlFromKmz(
  bytes: Uint8Array,
): { readonly text: string } | { readonly error: string } {
  let tooBig = false;
  const entries: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        entries.push(f.name);
        if (!/\.kml$/i.test(f.name)) return false;
        if (f.originalSize > MAX_IMPORT_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch (error) {
    return { error: `The KMZ archive could not be opened: ${(error as Error).message}.` };
  }
  if (tooBig) return { error: "The KML inside the KMZ is larger than the import limit." };
  const names = Object.keys(files);
  const name = names.find((n) => /(^|\/)doc\.kml$/i.test(n)) ?? names[0];
  const data = name === undefined ? undefined : files[name];
  if (!data) return { error: archiveRefusal(entries) };
  return { text: new TextDecoder("utf-8").decode(data) };
}
