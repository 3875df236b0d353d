import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { compileCatalog, hasIcuSyntax } from "../../scripts/vite-plugin-icu-catalogs";

const TAGS = { en: "en-GB", uk: "uk", az: "az" } as const;
const catalog = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(`src/i18n/${locale}.json`, "utf8"));

describe("the build's parsed catalogues", () => {
  for (const [locale, tag] of Object.entries(TAGS)) {
    it(`give every ${locale} message the AST the translator would parse at run time`, () => {
      const raw = catalog(locale);
      const compiled = compileCatalog(raw);
      expect(Object.keys(compiled)).toEqual(Object.keys(raw));
      let parsed = 0;
      for (const [key, text] of Object.entries(raw)) {
        if (!hasIcuSyntax(text)) {
          expect(compiled[key]).toBe(text);
          continue;
        }
        const runtime = new IntlMessageFormat(text, tag, undefined, { ignoreTag: true });
        expect(compiled[key], key).toEqual(runtime.getAst());
        parsed++;
      }
      expect(parsed).toBeGreaterThan(50);
    });
  }

  it("keeps plain text as text and broken ICU as written", () => {
    expect(
      compileCatalog({ a: "Sites #1 <b>and</b> strikes", b: "It's {", c: "{n} in view" }),
    ).toEqual({
      a: "Sites #1 <b>and</b> strikes",
      b: "It's {",
      c: [
        { type: 1, value: "n" },
        { type: 0, value: " in view" },
      ],
    });
  });
});
