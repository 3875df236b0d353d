import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { LocalizedName } from "@/domain/types";
import type { FormatLocale } from "@/lib/format";
import { dateTimeFormat, numberFormat, pluralRules } from "@/lib/intl-cache";
import type en from "./en.json";
import type { Locale } from "./locales";

/** Every message id; the English catalogue is the reference (others are checked against it). */
export type MessageKey = keyof typeof en;
/**
 * A catalogue: ICU MessageFormat text for each id, or its parsed form (the build parses the app's
 * catalogues); a missing one falls back to English.
 */
export type Messages = Partial<Record<MessageKey, string | MessageFormatElement[]>>;
export type MessageValues = Readonly<Record<string, string | number>>;

/** Translation and formatting in one language. */
export interface I18n {
  readonly locale: Locale;
  /** The Intl tag dates and numbers are formatted with ("en-GB", "uk", "az"). */
  readonly tag: string;
  /** What lib/format needs: pass it as the `loc` argument of its formatters. */
  readonly fmt: FormatLocale;
  /** The message `key` with `values` filled in (ICU plurals and numbers in this language). */
  t(key: MessageKey, values?: MessageValues): string;
  /** A data record's name in this language, else in English. */
  name(name: LocalizedName): string;
}

const INTL_TAGS: Record<Locale, string> = { en: "en-GB", uk: "uk", az: "az" };

/** ICU messages share the app's one Intl cache instead of building their own formatters. */
const formatters = {
  getNumberFormat: (locales?: string | string[], o?: Intl.NumberFormatOptions) =>
    numberFormat(String(locales), o),
  getDateTimeFormat: (locales?: string | string[], o?: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(String(locales), o ?? {}),
  getPluralRules: (locales?: string | string[], o?: Intl.PluralRulesOptions) =>
    pluralRules(String(locales), o),
};

/**
 * A message as written, for showing when it cannot be formatted (a value missing): its text, or
 * for a parsed one its literal text with each argument as `{name}`.
 */
function textOf(message: string | readonly MessageFormatElement[]): string {
  if (typeof message === "string") return message;
  return message
    .map((el) => ("value" in el ? (el.type === 0 ? el.value : `{${el.value}}`) : "#"))
    .join("");
}

/**
 * Builds the translator for `locale` from its catalogue, falling back message by message to
 * `fallback` (English) and, failing that, to the id itself, so a gap never blanks a label.
 */
export function createI18n(locale: Locale, messages: Messages, fallback: Messages): I18n {
  const tag = INTL_TAGS[locale];
  const compiled = new Map<MessageKey, IntlMessageFormat | string>();
  const messageOf = (key: MessageKey) => messages[key] ?? fallback[key] ?? key;
  const compile = (key: MessageKey): IntlMessageFormat | string => {
    let c = compiled.get(key);
    if (c === undefined) {
      const message = messageOf(key);
      // Most messages are plain text: ICU syntax needs a brace (an apostrophe only quotes syntax),
      // and each IntlMessageFormat resolves its locale through Intl, which the first paint pays.
      if (typeof message === "string" && !/[{}']/.test(message)) c = message;
      else
        try {
          c = new IntlMessageFormat(message, tag, undefined, { formatters, ignoreTag: true });
        } catch {
          c = textOf(message);
        }
      compiled.set(key, c);
    }
    return c;
  };
  const t = (key: MessageKey, values?: MessageValues): string => {
    const c = compile(key);
    if (typeof c === "string") return c;
    try {
      return String(c.format(values as Record<string, string | number>));
    } catch {
      return textOf(messageOf(key));
    }
  };
  const fmt: FormatLocale = {
    tag,
    month: locale === "en" ? "short" : "long",
    words: {
      samePoint: t("format.samePoint"),
      timeNotReported: (date) => t("format.timeNotReported", { date }),
      between: (a, b) => t("format.between", { a, b }),
      nightOf: (range) => t("format.nightOf", { range }),
      compass: t("format.compass").split(/\s+/),
    },
  };
  return { locale, tag, fmt, t, name: (n) => n[locale] || n.en };
}
