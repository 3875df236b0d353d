/**
 * What the formatters need to know about a language: its Intl tag, how it writes months, and the
 * few words a formatted value carries. `EN_FORMAT` is the default everywhere; src/i18n builds the
 * others from its catalogues, so this layer never reads a catalogue.
 */
export interface FormatWords {
  /** Two mapped points that coincide ("same mapped point"). */
  readonly samePoint: string;
  /** A date whose time was not reported ("14 Nov 2025, time not reported"). */
  readonly timeNotReported: (date: string) => string;
  /** "between {a} and {b}". */
  readonly between: (a: string, b: string) => string;
  /** "night of {range}". */
  readonly nightOf: (range: string) => string;
  /** Eight compass points from north, clockwise. */
  readonly compass: readonly string[];
}

export interface FormatLocale {
  /** The BCP 47 tag given to Intl ("en-GB", "uk", "az"). */
  readonly tag: string;
  /** Month width in dates: "short" (14 Nov 2025) or "long" (14 листопада 2025 р.). */
  readonly month: "short" | "long";
  readonly words: FormatWords;
}

/** British English, the app's default (day month year, 24-hour clock). */
export const EN_FORMAT: FormatLocale = {
  tag: "en-GB",
  month: "short",
  words: {
    samePoint: "same mapped point",
    timeNotReported: (date) => `${date}, time not reported`,
    between: (a, b) => `between ${a} and ${b}`,
    nightOf: (range) => `night of ${range}`,
    compass: ["N", "NE", "E", "SE", "S", "SW", "W", "NW"],
  },
};
