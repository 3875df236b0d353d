/**
 * Text folding for search: case, diacritics and a few script-specific letters, so that "Kyiv"
 * typed on a Latin keyboard finds "Kyiv", "KYÏV" and "Kiyev", and "sefirliyi" finds "Səfirliyi".
 */

/** Letters NFD does not decompose, mapped to their plain Latin look-alikes. */
const EXTRA: Readonly<Record<string, string>> = {
  ə: "e",
  ı: "i",
  ø: "o",
  ł: "l",
  ß: "ss",
  đ: "d",
  // Ukrainian apostrophe variants fold away.
  "’": "",
  ʼ: "",
  "'": "",
};

/** Lower-cases, strips combining marks and folds ə/ı etc.; Cyrillic stays Cyrillic (ї → і). Pure. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase().normalize("NFD")) {
    if (/\p{M}/u.test(ch)) continue;
    out += EXTRA[ch] ?? ch;
  }
  return out.replaceAll("ї", "і").replaceAll("й", "и").replaceAll("ё", "е");
}

const UK_LATIN: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "iu",
  я: "ia",
  ы: "y",
  э: "e",
  ъ: "",
};

/**
 * Folded text transliterated from Ukrainian Cyrillic to Latin (the national 2010 system, folded:
 * й and ї read as и and і), so "Київ" is also findable as "kyiv". Pure.
 */
export function latinOf(folded: string): string {
  let out = "";
  for (const ch of folded) out += UK_LATIN[ch] ?? ch;
  return out;
}
