/**
 * JSON lists of event records → Table: the Forensic Architecture timemap / Bellingcat export
 * shape (`[{ id, date, time, latitude, longitude, description, sources: [...] }]` or
 * `{ events: [...] }`) and the common OSINT shape (id, date, lat, lon, description, links).
 * Nested values are flattened to text; http(s) strings inside arrays/objects become links.
 */
import type { Table } from "./table";

export type JsonTable =
  | { readonly table: Table; readonly listPath: string; readonly notObjects: readonly number[] }
  | { readonly error: string };

function collectUrls(value: unknown, out: string[], depth = 0): void {
  if (depth > 4) return;
  if (typeof value === "string") {
    if (/^https?:\/\//i.test(value.trim())) out.push(value.trim());
  } else if (Array.isArray(value)) {
    for (const v of value) collectUrls(v, out, depth + 1);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) collectUrls(v, out, depth + 1);
  }
}

/** A cell's text: strings as is, numbers/booleans printed, arrays and objects reduced to their links. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const urls: string[] = [];
  collectUrls(value, urls);
  if (urls.length > 0) return urls.join(" ");
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join(", ");
  return "";
}

/** Rows from plain objects: headers are the union of keys in first-seen order. */
export function objectsToRows(objects: readonly unknown[]): {
  headers: string[];
  rows: string[][];
} {
  const headers: string[] = [];
  const index = new Map<string, number>();
  for (const o of objects) {
    if (!o || typeof o !== "object" || Array.isArray(o)) continue;
    for (const k of Object.keys(o)) {
      if (!index.has(k)) {
        index.set(k, headers.length);
        headers.push(k);
      }
    }
  }
  const rows = objects.map((o) => {
    const row = new Array<string>(headers.length).fill("");
    if (o && typeof o === "object" && !Array.isArray(o)) {
      for (const [k, v] of Object.entries(o)) row[index.get(k) as number] = cellText(v);
    }
    return row;
  });
  return { headers, rows };
}

/** Reads a parsed JSON value as a list of records; an error when it is not one. */
export function jsonRecordsTable(value: unknown): JsonTable {
  let list: unknown;
  let listPath = "";
  if (Array.isArray(value)) list = value;
  else if (value && typeof value === "object") {
    for (const key of ["events", "records", "data", "items"]) {
      const v = (value as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        list = v;
        listPath = key;
        break;
      }
    }
  }
  if (!Array.isArray(list)) {
    return {
      error:
        "The JSON is neither GeoJSON nor a list of records (expected an array, or an object with an “events” array).",
    };
  }
  const { headers, rows } = objectsToRows(list);
  const notObjects = list.flatMap((o, i) =>
    o && typeof o === "object" && !Array.isArray(o) ? [] : [i],
  );
  const at = (i: number) => (listPath ? `${listPath}[${i}]` : `[${i}]`);
  return {
    listPath,
    notObjects,
    table: {
      headers,
      rows,
      locate: (i) => ({ featureIndex: i, path: at(i) }),
      fallbackId: (i) => `record-${i}`,
    },
  };
}
