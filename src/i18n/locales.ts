/** The interface languages: English, Ukrainian and Azerbaijani (Latin script). */
export const LOCALES = ["en", "uk", "az"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  uk: "Українська",
  az: "Azərbaycanca",
};

/** True for a supported language code ("uk"), false for anything else. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language in the browser's list (`navigator.languages`), else English.
 * "uk-UA" → uk, "az-Latn-AZ" or "az" → az; Azerbaijani in Cyrillic ("az-Cyrl") is not offered.
 */
export function negotiateLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const parts = tag.toLowerCase().split(/[-_]/);
    const base = parts[0];
    if (base === "az" && parts.includes("cyrl")) continue;
    if (isLocale(base)) return base;
  }
  return "en";
}
