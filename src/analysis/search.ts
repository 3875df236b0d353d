import type { Mission, Strike } from "@/domain/types";
import { foldText, latinOf } from "@/lib/fold-text";

/** A search hit: a strike or a site, with a score (higher is better) and what matched. */
export interface SearchHit {
  readonly kind: "strike" | "mission";
  readonly id: string;
  readonly label: string;
  readonly score: number;
  /** The field that matched best ("name", "place", "weapon", "source", "date"). */
  readonly field: string;
}

/** One record as the search sees it (built once per record: folding text is the costly part). */
export interface SearchDoc {
  readonly kind: SearchHit["kind"];
  readonly id: string;
  readonly label: string;
  readonly tMs: number;
  /** [field, weight, folded text, its Latin transliteration]. */
  readonly fields: readonly (readonly [string, number, string, string])[];
}

const field = (name: string, weight: number, text: string) => {
  const f = foldText(text);
  return [name, weight, f, latinOf(f)] as const;
};

const names = (n: Strike["name"]) => [n.en, n.uk ?? "", n.az ?? ""].join(" ");
const sources = (r: Strike | Mission) =>
  r.sources.map((s) => `${s.publisher} ${s.title}`).join(" ");

/** The search document of one site (folded names in every language, address, sources). Pure. */
export function missionDoc(m: Mission): SearchDoc {
  return {
    kind: "mission",
    id: m.id,
    label: m.name.en,
    tMs: Number.POSITIVE_INFINITY,
    fields: [
      field("name", 4, names(m.name)),
      field("place", 2, `${m.address ?? ""} ${m.kind}`),
      field("source", 1, sources(m)),
    ],
  };
}

/** The search document of one strike (names, weapon wording, date words, place, sources). Pure. */
export function strikeDoc(s: Strike): SearchDoc {
  return {
    kind: "strike",
    id: s.id,
    label: s.name.en,
    tMs: s.tMs,
    fields: [
      field("name", 4, names(s.name)),
      field("weapon", 3, `${s.weaponText} ${s.weaponClass}`),
      field("date", 3, `${s.time.slice(0, 10)} ${dateWords(s.time)}`),
      field("place", 2, `${s.description} ${s.damage}`),
      field("source", 1, sources(s)),
    ],
  };
}

/** Builds the search documents of a data set: sites first, then strikes. Pure. */
export function buildSearchIndex(
  strikes: readonly Strike[],
  missions: readonly Mission[],
): readonly SearchDoc[] {
  return [...missions.map(missionDoc), ...strikes.map(strikeDoc)];
}

const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );

/** "2024-01-02T…" → "2 jan january 2024" (the date as people type it). */
function dateWords(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  const month = MONTHS[Number(m) - 1] ?? "";
  return `${Number(d)} ${month.slice(0, 3)} ${month} ${y}`;
}

/** Score of one query token in one folded text: word start beats inside-word; 0 = no match. */
function tokenScore(text: string, token: string): number {
  const at = text.indexOf(token);
  if (at < 0) return 0;
  const wordStart = at === 0 || /[^\p{L}\p{N}]/u.test(text[at - 1] ?? "");
  return wordStart ? 2 : 1;
}

/**
 * Ranks strikes and sites for a query: every whitespace-separated token must match some field
 * (case, diacritics and Ukrainian/Latin script folded); the score sums the best field weight ×
 * match quality per token. Ties: sites first, then the latest strike. Pure.
 */
export function search(index: readonly SearchDoc[], query: string, limit = 20): SearchHit[] {
  const tokens = foldText(query).split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [];
  const hits: (SearchHit & { tMs: number })[] = [];
  for (const doc of index) {
    let score = 0;
    let best = { field: "", value: 0 };
    for (const token of tokens) {
      const latin = latinOf(token);
      let tokenBest = 0;
      for (const [name, weight, text, textLatin] of doc.fields) {
        const q = Math.max(tokenScore(text, token), tokenScore(textLatin, latin));
        const value = q * weight;
        if (value > tokenBest) tokenBest = value;
        if (value > best.value) best = { field: name, value };
      }
      if (tokenBest === 0) {
        score = 0;
        break;
      }
      score += tokenBest;
    }
    if (score > 0)
      hits.push({
        kind: doc.kind,
        id: doc.id,
        label: doc.label,
        score,
        field: best.field,
        tMs: doc.tMs,
      });
  }
  hits.sort((a, b) => b.score - a.score || b.tMs - a.tMs || a.id.localeCompare(b.id));
  return hits.slice(0, limit).map(({ tMs: _t, ...h }) => h);
}
