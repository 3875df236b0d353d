import type { Mission, Strike } from "@/domain/types";
import { type ExportMeasure, type ExportMeta, metaPairs } from "./export-meta";
import { type ExportRow, exportColumns, siteExportRows, strikeExportRows } from "./export-table";

/** Escapes text for XML element content and attribute values. Pure. */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

const data = (pairs: readonly (readonly [string, string | number])[], pad: string) =>
  `${pad}<ExtendedData>\n${pairs
    .map(([k, v]) => `${pad}  <Data name="${xmlText(k)}"><value>${xmlText(v)}</value></Data>\n`)
    .join("")}${pad}</ExtendedData>\n`;

const point = (row: ExportRow) => `<Point><coordinates>${row.lng},${row.lat}</coordinates></Point>`;

function placemark(row: ExportRow, columns: readonly string[], extra = ""): string {
  const pairs = columns.map((c) => [c, row[c] ?? ""] as const);
  return `      <Placemark id="${xmlText(row.id ?? "")}">\n        <name>${xmlText(row.name ?? "")}</name>\n${extra}${data(pairs, "        ")}        ${point(row)}\n      </Placemark>\n`;
}

/**
 * The shown strikes, the sites and the measurement as a KML 2.2 document: document-level
 * ExtendedData names the dataset version, window with zone, filters and permalink; each strike
 * Placemark carries a TimeStamp and every export column (distance, interval and bearing to every
 * site) as ExtendedData. Pure.
 */
export function toKml(
  meta: ExportMeta,
  strikes: readonly Strike[],
  missions: readonly Mission[],
  measure?: ExportMeasure | undefined,
): string {
  const columns = exportColumns(missions);
  const strikeRows = strikeExportRows(strikes, missions, meta.layerNames);
  const siteRows = siteExportRows(missions, meta.layerNames);
  const siteColumns = Object.keys(siteRows[0] ?? {});
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<kml xmlns="http://www.opengis.net/kml/2.2">\n',
    "  <Document>\n",
    `    <name>${xmlText(meta.title)}</name>\n`,
    data(metaPairs(meta), "    "),
    `    <Folder>\n      <name>Strikes (${strikes.length})</name>\n`,
    ...strikeRows.map((row) =>
      placemark(
        row,
        columns,
        `        <TimeStamp><when>${xmlText(row.time ?? "")}</when></TimeStamp>\n`,
      ),
    ),
    "    </Folder>\n",
    `    <Folder>\n      <name>Sites (${missions.length})</name>\n`,
    ...siteRows.map((row) => placemark(row, siteColumns)),
    "    </Folder>\n",
  ];
  if (measure) {
    const coords = measure.points.map(([lng, lat]) => `${lng},${lat}`).join(" ");
    parts.push(
      "    <Folder>\n      <name>Measurement</name>\n",
      `      <Placemark id="measurement">\n        <name>Measured path: ${Math.round(measure.totalM * 10) / 10} m geodesic</name>\n`,
      `        <LineString><tessellate>1</tessellate><coordinates>${coords}</coordinates></LineString>\n`,
      "      </Placemark>\n    </Folder>\n",
    );
  }
  parts.push("  </Document>\n</kml>\n");
  return parts.join("");
}
