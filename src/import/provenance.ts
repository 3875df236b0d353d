/** Per-row trust fields (confidence, precision, uncertainty, sources, weapon) with flagged defaults. */
import type {
  Confidence,
  DefaultedField,
  LocationPrecision,
  Provenance,
  SourceRef,
  WeaponClass,
} from "@/domain/types";
import { NONE } from "./share-parts";
import type { Table } from "./table";
import type { ColumnMapping, ImportSettings } from "./types";
import { parseDecimal, parseLinks } from "./values";
import { normaliseWeapon } from "./weapon";

const CONFIDENCE: Record<string, Confidence> = {
  high: "high",
  medium: "medium",
  med: "medium",
  moderate: "medium",
  low: "low",
};
const PRECISION: Record<string, LocationPrecision> = {
  exact: "exact",
  street: "street",
  address: "street",
  district: "district",
  neighbourhood: "district",
  neighborhood: "district",
  city: "city",
  town: "city",
};

export interface RowProvenance {
  readonly provenance: Provenance;
  readonly weaponClass: WeaponClass;
  readonly weaponText: string;
}

const indexes = new WeakMap<readonly string[], Map<string, number>>();

function cell(table: Table, row: readonly string[], header: string | undefined): string {
  if (header === undefined) return "";
  let byName = indexes.get(table.headers);
  if (!byName) {
    byName = new Map(table.headers.map((h, i) => [h, i]));
    indexes.set(table.headers, byName);
  }
  const i = byName.get(header);
  return i === undefined ? "" : (row[i] ?? "").trim();
}

/**
 * A link → SourceRef maker for one file; its title ("Link given in <file>") is built once, not
 * per row. (Not cached by link: monitoring exports usually give every row its own link, and a
 * cache of 100k unique links cost more than it saved.)
 */
export function sourceMaker(fileName: string): (url: string) => SourceRef {
  const title = `Link given in ${fileName}`;
  return (url) => {
    // safeHttpUrl already parsed it, so the host is the text between "//" and the next / : ? #.
    const host = (/^https?:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url)?.[1] ?? url).replace(
      /^www\./,
      "",
    );
    return { url, publisher: host, title };
  };
}

/**
 * Reads the trust fields of one row; every value not stated is set to the contract's default and
 * its name pushed onto `defaulted`. `sourceOf` is the file's link maker (`sourceMaker`); `note`
 * receives caveats (unreadable values, dropped links).
 */
export function buildProvenance(
  row: readonly string[],
  table: Table,
  mapping: ColumnMapping,
  settings: ImportSettings,
  sourceOf: (url: string) => SourceRef,
  defaulted: DefaultedField[],
  note: (reason: string) => void,
): RowProvenance {
  const conf = cell(table, row, mapping.confidence);
  let confidence = CONFIDENCE[conf.toLowerCase()];
  if (!confidence) {
    if (conf) note(`confidence “${conf}” is not high, medium or low; set to low.`);
    confidence = "low";
    defaulted.push("confidence");
  }
  const prec = cell(table, row, mapping.precision);
  let locationPrecision = PRECISION[prec.toLowerCase()];
  if (!locationPrecision) {
    if (prec)
      note(`location precision “${prec}” is not exact, street, district or city; set to exact.`);
    locationPrecision = "exact";
    defaulted.push("precision");
  }
  const unc = cell(table, row, mapping.uncertainty);
  let uncertaintyM = parseDecimal(unc.replace(/\s*m$/i, ""));
  if (uncertaintyM === undefined || uncertaintyM < 0) {
    if (unc) note(`uncertainty “${unc}” is not a distance in metres; the default is used.`);
    uncertaintyM = settings.defaultUncertaintyM;
    defaulted.push("uncertainty");
  }
  const urls: string[] = [];
  for (const header of mapping.links ?? []) {
    const links = parseLinks(cell(table, row, header));
    for (const u of links.urls) if (!urls.includes(u)) urls.push(u);
    for (const r of links.rejected)
      note(`link “${r.slice(0, 80)}” was dropped: only http(s) links are kept.`);
  }
  if (urls.length === 0) defaulted.push("source");
  const weaponText = cell(table, row, mapping.weapon);
  const weaponClass = normaliseWeapon(weaponText);
  if (!weaponText) defaulted.push("weapon");
  return {
    provenance: {
      confidence,
      locationPrecision,
      uncertaintyM,
      sources: urls.length === 0 ? NONE : urls.map(sourceOf),
      disputed: NONE,
      layerId: settings.layerId,
    },
    weaponClass,
    weaponText: weaponText || "unknown",
  };
}
