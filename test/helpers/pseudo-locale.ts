/**
 * A pseudo-locale for finding hard-coded text: every catalogue message wrapped in ⟦…⟧. Rendered
 * under the Ukrainian Intl tag, dates, numbers and units come out in Cyrillic too, so any Latin
 * word left outside the markers was written in a component instead of the catalogue.
 */
import en from "@/i18n/en.json";
import { LOCALE_NAMES } from "@/i18n/locales";
import type { Messages } from "@/i18n/translator";

const OPEN = "⟦";
const CLOSE = "⟧";

/** Every English message wrapped in markers (compass points one by one: they are split). */
export function pseudoMessages(): Messages {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(en)) {
    out[key] =
      key === "format.compass"
        ? text
            .split(/\s+/)
            .map((w) => `${OPEN}${w}${CLOSE}`)
            .join(" ")
        : `${OPEN}${text}${CLOSE}`;
  }
  return out as Messages;
}

/** Words that may stay in Latin script: names of formats, standards, units and the languages. */
const ALLOWED = new Set([
  "UTC",
  "GMT",
  "WGS84",
  "CSV",
  "KML",
  "GeoJSON",
  "JSON",
  "PNG",
  "PDF",
  "ISO",
  "SOCAR",
  "MapLibre",
  "OpenStreetMap",
  "Esri",
  ...Object.values(LOCALE_NAMES).flatMap((n) => n.split(/\s+/)),
]);

/** Removes marked segments (nested ones too). */
function unmarked(text: string): string {
  let out = text;
  for (;;) {
    const next = out.replace(/⟦[^⟦⟧]*⟧/g, " ");
    if (next === out) return out;
    out = next;
  }
}

/** Latin words in `text` outside markers and not a known data value or an allowed word. */
export function strayWords(text: string, dataValues: readonly string[]): string[] {
  // Addresses (links, URL templates) are not words to translate.
  let rest = unmarked(text).replace(/\bhttps?:\/\/\S+/g, " ");
  for (const v of dataValues) if (v.length > 1 && rest.includes(v)) rest = rest.split(v).join(" ");
  const words = rest.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? [];
  return words.filter((w) => !ALLOWED.has(w));
}

const ATTRIBUTES = [
  "aria-label",
  "title",
  "placeholder",
  "alt",
  "aria-valuetext",
  "aria-roledescription",
];

/**
 * Every piece of user-visible text in `root` (text nodes and the attributes users hear or see)
 * that carries a Latin word outside the markers, as "where: text". `dataValues` are the loaded
 * records' own strings (names, descriptions, sources), which are not the interface's to translate.
 */
export function hardCodedText(root: Element, dataValues: readonly string[]): string[] {
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, [lang]:not(html)")) continue;
    const text = node.textContent ?? "";
    const stray = strayWords(text, dataValues);
    if (stray.length > 0)
      found.push(`text <${parent.tagName.toLowerCase()}>: ${text.trim().slice(0, 160)}`);
  }
  for (const el of root.querySelectorAll("*")) {
    for (const attr of ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value && strayWords(value, dataValues).length > 0)
        found.push(`${attr} <${el.tagName.toLowerCase()}>: ${value.slice(0, 160)}`);
    }
  }
  return [...new Set(found)];
}

/** Every string in a parsed JSON value (the data files' own text). */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}
