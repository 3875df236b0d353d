/**
 * The one cache of Intl formatters for the whole app, keyed by locale and options. Building an
 * Intl formatter costs far more than using one; every module asks here instead of keeping its own.
 */
import { wordsDateFormat } from "./intl-words-format";
import { missingLocaleData } from "./locale-words";

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

/** Options written in another key order only make a second entry, never a wrong one. */
function keyOf(kind: string, locale: string, options: object): string {
  return `${kind}|${locale}|${JSON.stringify(options)}`;
}

/** The cached formatter under `key`, made by `make` the first time it is asked for. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  key: string,
  make: () => F,
): F {
  let f = formats.get(key) as F | undefined;
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}

const missing = new Map<string, ReturnType<typeof missingLocaleData>>();
/** The stand-in words for `locale` when this runtime lacks its data (checked once per locale). */
function missingWords(locale: string) {
  if (!missing.has(locale)) missing.set(locale, missingLocaleData(locale));
  return missing.get(locale);
}

/**
 * A cached `Intl.DateTimeFormat(locale, options)`; throws as the constructor does (unknown zone).
 * Where the runtime lacks the language's data (Azerbaijani in Debian's Chromium), a stand-in with
 * the language's own words (lib/locale-words).
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(keyOf("d", locale, options), () => {
    const words = missingWords(locale);
    return words
      ? wordsDateFormat(new Intl.DateTimeFormat(words.dateBase, options), words, options)
      : new Intl.DateTimeFormat(locale, options);
  });
}

/** A cached `Intl.NumberFormat(locale, options)`. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(
    keyOf("n", locale, options),
    () => new Intl.NumberFormat(missingWords(locale)?.numberBase ?? locale, options),
  );
}

/** The parts of `tMs` formatted with `options`, by part type ("day" → "14"). */
export function dateParts(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  tMs: number,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTimeFormat(locale, options).formatToParts(tMs)) out[p.type] = p.value;
  return out;
}

/** A cached `Intl.PluralRules(locale, options)` (ICU plurals in the message catalogues use it). */
export function pluralRules(
  locale: string,
  options: Intl.PluralRulesOptions = {},
): Intl.PluralRules {
  return cached(keyOf("p", locale, options), () => new Intl.PluralRules(locale, options));
}
