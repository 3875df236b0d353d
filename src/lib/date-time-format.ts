const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The app's one cache of `Intl.DateTimeFormat`s: building one costs far more than using it (tens of
 * microseconds against one), and labels are formatted on every slider step. Keyed by locale and
 * options, so call sites share a format when they ask for the same one. Throws, as the constructor
 * does, for a time zone the runtime does not know (nothing is cached then).
 */
export function dateTimeFormat(
  locale: "en-GB" | "en-US",
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
