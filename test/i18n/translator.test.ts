import { describe, expect, it } from "vitest";
import { createI18n, type Messages } from "@/i18n/translator";
import { compileCatalog } from "../../scripts/vite-plugin-icu-catalogs";

// Small catalogues written for this test (the app's are checked by the i18n UI tests).
const en = {
  "nav.label": "Map features in view",
  "nav.count": "{count, plural, one {# feature} other {# features}} in view",
  "nav.hint": "It's #1 <b>bold</b> {",
} as unknown as Messages;
const uk = {
  "nav.count":
    "{count, plural, one {# об'єкт} few {# об'єкти} many {# об'єктів} other {# об'єкта}} у полі зору",
} as unknown as Messages;

describe("translator", () => {
  it("gives plain messages verbatim, markup-like and # characters included", () => {
    const plain = { "nav.label": "Sites #1 <b>and</b> strikes" } as unknown as Messages;
    expect(createI18n("en", plain, en).t("nav.label")).toBe("Sites #1 <b>and</b> strikes");
  });

  it("formats ICU plurals by the language's rules", () => {
    const { t } = createI18n("uk", uk, en);
    expect(t("nav.count", { count: 1 })).toBe("1 об'єкт у полі зору");
    expect(t("nav.count", { count: 3 })).toBe("3 об'єкти у полі зору");
    expect(t("nav.count", { count: 5 })).toBe("5 об'єктів у полі зору");
    expect(createI18n("en", en, en).t("nav.count", { count: 1 })).toBe("1 feature in view");
  });

  it("falls back to English, then to the id, and never throws on broken ICU text", () => {
    const { t } = createI18n("uk", uk, en);
    expect(t("nav.label")).toBe("Map features in view");
    expect(t("nav.strike")).toBe("nav.strike");
    // Broken ICU (an unclosed brace) is shown as written rather than blanking the label.
    expect(t("nav.hint")).toBe("It's #1 <b>bold</b> {");
  });

  it("formats a catalogue the build parsed as it formats the text", () => {
    const parsed = compileCatalog(uk as Record<string, string>) as Messages;
    const { t } = createI18n("uk", parsed, en);
    expect(t("nav.count", { count: 3 })).toBe("3 об'єкти у полі зору");
    expect(typeof parsed["nav.count"]).not.toBe("string");
  });

  it("shows a parsed message as written when a value is missing", () => {
    const parsed = compileCatalog({
      "nav.count": "About {count, number} of {total}: {n, plural, one {# item} other {# items}}",
    }) as Messages;
    expect(createI18n("en", parsed, en).t("nav.count")).toBe("About {count} of {total}: {n}");
  });
});
