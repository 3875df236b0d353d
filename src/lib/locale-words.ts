/**
 * Month and weekday words for languages some browsers format without their locale data. Debian's
 * Chromium ships a reduced ICU: `Intl.DateTimeFormat("az")` says it supports Azerbaijani yet writes
 * "2025 M11 14", and its numbers come out in English style. For such a language the app formats with
 * a stand-in locale whose patterns match (day month year; 24-hour time; "1.234,5") and puts the
 * language's own words in. Words from CLDR (az: format context, Latin script).
 */
export interface LocaleWords {
  /** A locale with the same date patterns as this language, whose words are replaced. */
  readonly dateBase: string;
  /** A locale with the same decimal and grouping marks. */
  readonly numberBase: string;
  readonly monthsLong: readonly string[];
  readonly monthsShort: readonly string[];
  /** Sunday first, as `Date.getUTCDay`. */
  readonly weekdaysLong: readonly string[];
  readonly weekdaysShort: readonly string[];
}

/** Azerbaijani (Latin): "14 noyabr 2025", "14 noy 2025, 01:00", "12.345,5". */
export const AZ_WORDS: LocaleWords = {
  dateBase: "en-GB",
  numberBase: "de",
  monthsLong: [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
  ],
  monthsShort: ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"],
  weekdaysLong: [
    "bazar",
    "bazar ertəsi",
    "çərşənbə axşamı",
    "çərşənbə",
    "cümə axşamı",
    "cümə",
    "şənbə",
  ],
  weekdaysShort: ["B.", "B.E.", "Ç.A.", "Ç.", "C.A.", "C.", "Ş."],
};

const TABLES: Readonly<Record<string, LocaleWords>> = { az: AZ_WORDS };

/** How this runtime writes November's long name in `locale`. */
const novemberIn = (locale: string) =>
  new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(
    Date.UTC(2025, 10, 14),
  );

/**
 * The stand-in words for `locale` if this runtime formats it without its data (a long month comes
 * out as "M11" or a number instead of the language's word); undefined when the data is there or
 * the app has no table for the language. `probe` is the runtime's November (tests pass their own).
 */
export function missingLocaleData(
  locale: string,
  probe: (locale: string) => string = novemberIn,
): LocaleWords | undefined {
  const words = TABLES[locale.split("-")[0] ?? ""];
  if (!words) return undefined;
  return probe(locale).toLowerCase() === words.monthsLong[10] ? undefined : words;
}
