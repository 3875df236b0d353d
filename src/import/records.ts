/**
 * Rows → Strike or Mission records under a column mapping, with the contract's honest defaults
 * (each flagged in `defaulted`) and one problem per unusable row saying why.
 */
import type { DefaultedField, LngLat, Mission, Strike } from "@/domain/types";
import { parseDateTime, type WallTime } from "./dates";
import { buildProvenance, sourceMaker } from "./provenance";
import { NO_CASUALTIES, NONE, sharedDefaulted } from "./share-parts";
import type { Table } from "./table";
import type { ColumnMapping, ImportProblem, ImportSettings } from "./types";
import {
  coordinateProblem,
  looksLikeWkt,
  mapAreaProblem,
  parseDecimal,
  parseLatLonPair,
  parseWktPoint,
} from "./values";
import { formatIsoWithOffset, zoneResolver } from "./zone-resolve";

export interface Records {
  readonly strikes: Strike[];
  readonly missions: Mission[];
  readonly problems: ImportProblem[];
  /** Rows that held anything (blank rows are not counted). */
  readonly totalRows: number;
}

type Cell = (row: readonly string[]) => string;

function cellOf(table: Table, header: string | undefined): Cell | undefined {
  if (header === undefined) return undefined;
  const i = table.headers.indexOf(header);
  return i < 0 ? undefined : (row) => (row[i] ?? "").trim();
}

function coordinate(label: string, text: string): number | string {
  if (text === "") return `${label} is empty`;
  return parseDecimal(text) ?? `${label} “${text}” is not a number`;
}

/** Capitalised, with a full stop. */
function sentence(text: string): string {
  const body = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return /[.?!]$/.test(body) ? body : `${body}.`;
}

interface Pending {
  readonly index: number;
  readonly lngLat: LngLat;
  readonly wall?: WallTime | undefined;
}

/**
 * Builds records from `table`; `onProgress` gets fractions in [0, 1]. Never throws on bad rows.
 * Empty parts (no missions, no casualties, no disputes) and equal `defaulted` lists are shared
 * frozen values: 100k rows build ~5 objects each instead of ~9, less to collect and to copy.
 */
export function tableToRecords(
  table: Table,
  mapping: ColumnMapping,
  settings: ImportSettings,
  fileName: string,
  onProgress?: (fraction: number) => void,
): Records {
  const problems: ImportProblem[] = [];
  for (const [field, header] of Object.entries(mapping)) {
    const list = Array.isArray(header)
      ? header
      : typeof header === "string" && field !== "dateOrder"
        ? [header]
        : [];
    for (const h of list) {
      if (!table.headers.includes(h))
        problems.push({
          severity: "error",
          reason: `The column “${h}” chosen for ${field} is not in the file.`,
        });
    }
  }
  const lat = cellOf(table, mapping.lat);
  const lon = cellOf(table, mapping.lon);
  const latLon = cellOf(table, mapping.latLon);
  const wkt = cellOf(table, mapping.wkt);
  const date = cellOf(table, mapping.date);
  const time = cellOf(table, mapping.time);
  const strikes = settings.target === "strikes";
  const pending: Pending[] = [];
  let totalRows = 0;
  let minWall = Number.POSITIVE_INFINITY;
  let maxWall = Number.NEGATIVE_INFINITY;
  const step = Math.max(1, Math.floor(table.rows.length / 50));

  // Reused for every row (each row's reasons are joined into its problem at once): two fewer
  // arrays per row for the collector.
  const reasons: string[] = [];
  const notes: string[] = [];
  table.rows.forEach((row, index) => {
    if (index % step === 0) onProgress?.((0.8 * index) / table.rows.length);
    if (!table.points && row.every((v) => v.trim() === "")) return;
    totalRows++;
    reasons.length = 0;
    notes.length = 0;
    let lngLat: LngLat | undefined;
    const geometry = table.points?.[index];
    if (geometry) {
      if (geometry.error) reasons.push(geometry.error);
      if (geometry.note) notes.push(geometry.note);
      lngLat = geometry.lngLat;
    } else if (lat && lon) {
      const y = coordinate(`latitude (“${mapping.lat}”)`, lat(row));
      const x = coordinate(`longitude (“${mapping.lon}”)`, lon(row));
      if (typeof y === "string") reasons.push(y);
      if (typeof x === "string") reasons.push(x);
      if (typeof x === "number" && typeof y === "number") lngLat = [x, y];
    } else if (latLon || wkt) {
      const text = (latLon ?? (wkt as Cell))(row);
      lngLat = latLon ? parseLatLonPair(text) : parseWktPoint(text);
      if (!lngLat) {
        reasons.push(
          text === ""
            ? "the coordinates are empty"
            : latLon
              ? `“${text}” is not “latitude, longitude”`
              : looksLikeWkt(text)
                ? `“${text.slice(0, 40)}” is WKT but not a POINT; only points can be imported from WKT`
                : `“${text}” is not a WKT POINT (lon lat)`,
        );
      }
    } else reasons.push("no coordinate column is mapped");
    const bad = lngLat && coordinateProblem(lngLat);
    if (bad) reasons.push(bad);
    const area = lngLat && !bad ? mapAreaProblem(lngLat) : undefined;
    if (area) (area.severity === "error" ? reasons : notes).push(area.reason);
    let wall: WallTime | undefined;
    if (date) {
      const d = parseDateTime(date(row), time?.(row), mapping.dateOrder);
      if ("error" in d) {
        if (strikes || date(row) !== "") reasons.push(d.error);
      } else wall = d;
    } else if (strikes) reasons.push("no date column is mapped; a strike needs a date");
    if (strikes && !wall && date && date(row) === "" && !reasons.includes("the date is empty")) {
      reasons.push("the date is empty");
    }
    if (reasons.length > 0 || !lngLat) {
      const place = table.locate(index);
      problems.push({
        severity: "error",
        ...place,
        reason: sentence(reasons.map((r) => r.replace(/\.$/, "")).join("; ")),
      });
      return;
    }
    for (const n of notes) problems.push({ severity: "note", ...table.locate(index), reason: n });
    if (wall && wall.offsetMs === undefined) {
      minWall = Math.min(minWall, wall.wallMs);
      maxWall = Math.max(maxWall, wall.wallMs);
    }
    pending.push({ index, lngLat, wall });
  });

  const shareDefaulted = sharedDefaulted();
  const resolve = Number.isFinite(minWall)
    ? zoneResolver(settings.zone, minWall, maxWall)
    : undefined;
  const out: Records = { strikes: [], missions: [], problems, totalRows };
  const seen = new Set<string>();
  const idCell = cellOf(table, mapping.id);
  const nameCell = cellOf(table, mapping.name);
  const descriptionCell = cellOf(table, mapping.description);
  const sources = sourceMaker(fileName);
  for (const p of pending) {
    const row = table.rows[p.index] as readonly string[];
    // Where the row is, built only for a row that has something to report.
    const note = (reason: string) =>
      problems.push({ severity: "note", ...table.locate(p.index), reason });
    let rowId = idCell?.(row) || table.fallbackId(p.index);
    if (seen.has(rowId)) {
      const again = `${rowId}~${table.fallbackId(p.index)}`;
      note(`id “${rowId}” repeats an earlier row; kept as “${again}”.`);
      rowId = again;
    }
    seen.add(rowId);
    const defaulted: DefaultedField[] = [];
    const prov = buildProvenance(row, table, mapping, settings, sources, defaulted, note);
    // Named fields, not `...prov.provenance`: a spread followed by more properties leaves every
    // record in slow dictionary mode (≈4× the building time, more memory, slower to clone).
    const pv = prov.provenance;
    const id = `${settings.layerId}:${rowId}`;
    const nameText = nameCell?.(row) ?? "";
    const description = descriptionCell?.(row) ?? "";
    if (!strikes || !p.wall) {
      out.missions.push({
        confidence: pv.confidence,
        locationPrecision: pv.locationPrecision,
        uncertaintyM: pv.uncertaintyM,
        sources: pv.sources,
        disputed: pv.disputed,
        layerId: pv.layerId,
        defaulted: shareDefaulted(defaulted.filter((f) => f !== "weapon")),
        id,
        mapId: 0,
        name: { en: nameText || `Imported site (${rowId})` },
        kind: "imported-site",
        lngLat: p.lngLat,
        description,
      });
      continue;
    }
    const w = p.wall;
    let tMs: number;
    let offsetMs: number;
    if (w.offsetMs !== undefined) {
      offsetMs = w.offsetMs;
      tMs = w.wallMs - offsetMs;
    } else {
      const r = (resolve as NonNullable<typeof resolve>)(w.wallMs);
      ({ tMs, offsetMs } = r);
      defaulted.push("time-zone");
      if (r.edge) {
        const stated = formatIsoWithOffset(w.wallMs, 0).slice(0, 16).replace("T", " ");
        note(
          r.edge === "skipped"
            ? `${stated} does not exist in ${settings.zone} (clocks jumped forward); read as ${formatIsoWithOffset(tMs, offsetMs)}.`
            : `${stated} happened twice in ${settings.zone} (clocks went back); read as the first, ${formatIsoWithOffset(tMs, offsetMs)}.`,
        );
      }
    }
    out.strikes.push({
      confidence: pv.confidence,
      locationPrecision: pv.locationPrecision,
      uncertaintyM: pv.uncertaintyM,
      sources: pv.sources,
      disputed: pv.disputed,
      layerId: pv.layerId,
      defaulted: shareDefaulted(defaulted),
      id,
      mapId: 0,
      name: {
        en: nameText || (description ? description.slice(0, 80) : `Imported event (${rowId})`),
      },
      time: formatIsoWithOffset(tMs, offsetMs, w.withSeconds),
      tMs,
      timePrecision: w.precision,
      weaponClass: prov.weaponClass,
      weaponText: prov.weaponText,
      lngLat: p.lngLat,
      description,
      damage: "",
      casualties: NO_CASUALTIES,
      missionIds: NONE,
    });
  }
  onProgress?.(1);
  return out;
}
