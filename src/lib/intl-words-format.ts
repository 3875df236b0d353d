import type { LocaleWords } from "./locale-words";

type Part = Intl.DateTimeFormatPart;
type RangePart = Part & { source?: "startRange" | "endRange" | "shared" };

/**
 * A date formatter for a language whose data the runtime lacks: `base` (a stand-in locale with the
 * same patterns) formats, and its month and weekday words are replaced by `words`. It offers what
 * the app uses: format, formatToParts, formatRange, formatRangeToParts and resolvedOptions.
 */
export function wordsDateFormat(
  base: Intl.DateTimeFormat,
  words: LocaleWords,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const index = new Intl.DateTimeFormat("en-GB", {
    timeZone: options.timeZone ?? "UTC",
    month: "numeric",
    weekday: "short",
  });
  const monthWords = options.month === "long" ? words.monthsLong : words.monthsShort;
  const dayWords = options.weekday === "long" ? words.weekdaysLong : words.weekdaysShort;
  const WEEK = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const wordsAt = (tMs: number | Date) => {
    let month = 0;
    let weekday = 0;
    for (const p of index.formatToParts(tMs)) {
      if (p.type === "month") month = Number(p.value) - 1;
      if (p.type === "weekday") weekday = WEEK.indexOf(p.value);
    }
    return { month: monthWords[month] ?? "", weekday: dayWords[weekday] ?? "" };
  };
  const textual = (p: Part) =>
    (p.type === "month" && !/^\d+$/.test(p.value)) || p.type === "weekday";
  // The stand-in joins a long date and a time with " at " (English); the languages here use ", ".
  const swap = (p: Part, w: { month: string; weekday: string }): Part =>
    textual(p)
      ? { ...p, value: p.type === "month" ? w.month : w.weekday }
      : p.type === "literal" && p.value === " at "
        ? { ...p, value: ", " }
        : p;
  const toParts = (tMs: number | Date) => {
    const w = wordsAt(tMs);
    return base.formatToParts(tMs).map((p) => swap(p, w));
  };
  const rangeParts = (a: number | Date, b: number | Date): RangePart[] => {
    const wa = wordsAt(a);
    const wb = wordsAt(b);
    return (base.formatRangeToParts(a, b) as RangePart[]).map((p) => ({
      ...swap(p, p.source === "endRange" ? wb : wa),
      ...(p.source ? { source: p.source } : {}),
    }));
  };
  const join = (parts: readonly Part[]) => parts.map((p) => p.value).join("");
  const formatter = {
    format: (tMs?: number | Date) => join(toParts(tMs ?? Date.now())),
    formatToParts: (tMs?: number | Date) => toParts(tMs ?? Date.now()),
    formatRange: (a: number | Date, b: number | Date) => join(rangeParts(a, b)),
    formatRangeToParts: rangeParts,
    resolvedOptions: () => base.resolvedOptions(),
  };
  return formatter as unknown as Intl.DateTimeFormat;
}
