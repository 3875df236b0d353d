/**
 * The loaded catalogues. English ships in the first script; Ukrainian and Azerbaijani are loaded
 * by dynamic import when first chosen, so the first paint never pays for them. All three arrive
 * parsed (`?messages`: scripts/vite-plugin-icu-catalogs), so the page ships no ICU parser.
 */
import en from "./en.json?messages";
import type { Locale } from "./locales";
import { createI18n, type I18n, type Messages } from "./translator";

const loaders: Record<Exclude<Locale, "en">, () => Promise<Messages>> = {
  uk: () => import("./uk.json?messages").then((m) => m.default),
  az: () => import("./az.json?messages").then((m) => m.default),
};

const catalogs = new Map<Locale, Messages>([["en", en]]);
const translators = new Map<Locale, I18n>();

/** True once `locale`'s catalogue is in memory (English always is). */
/** Loads `locale`'s catalogue once; rejects if its file cannot be fetched (offline, no cache). */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (locale === "en" || catalogs.has(locale)) return;
  catalogs.set(locale, await loaders[locale]());
  translators.delete(locale);
}

/** The translator for `locale`: its catalogue if loaded, else English words with its formats. */
export function i18nFor(locale: Locale): I18n {
  let i18n = translators.get(locale);
  if (!i18n) {
    i18n = createI18n(locale, catalogs.get(locale) ?? en, catalogs.get("en") ?? en);
    translators.set(locale, i18n);
  }
  return i18n;
}

/**
 * Replaces a catalogue (tests: a pseudo-locale whose every message is marked). Returns a function
 * that puts the previous one back.
 */
export function replaceCatalog(locale: Locale, messages: Messages): () => void {
  const previous = catalogs.get(locale);
  catalogs.set(locale, messages);
  translators.clear();
  return () => {
    if (previous) catalogs.set(locale, previous);
    else catalogs.delete(locale);
    translators.clear();
  };
}
