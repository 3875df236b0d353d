/**
 * Vite plugin: the message catalogues arrive in the page already parsed. `import m from
 * "./en.json?messages"` gives the catalogue with every ICU message (one with a brace or an
 * apostrophe, the same test the translator makes) turned into intl-messageformat's AST and plain
 * text left as text. A build then swaps the ICU parser for its `no-parser` entry, so neither the
 * parser nor its skeleton parser ships (about 8 KiB gzip of the first script). Tests and the dev
 * server keep the parser: a catalogue replaced at run time (pseudo-locale tests) is still parsed.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type MessageFormatElement, parse } from "@formatjs/icu-messageformat-parser";
import type { Plugin } from "vite";

const QUERY = "?messages";
const PREFIX = "\0nearmiss-messages:";

/** True when `text` may hold ICU syntax; anything else is shown as written. */
export const hasIcuSyntax = (text: string): boolean => /[{}']/.test(text);

/**
 * A catalogue with each ICU message parsed as the translator would at run time (tags ignored);
 * plain text, and a message that does not parse (which the translator shows as written), stay
 * strings. Pure: returns a new object.
 */
export function compileCatalog(
  messages: Readonly<Record<string, string>>,
): Record<string, string | MessageFormatElement[]> {
  const out: Record<string, string | MessageFormatElement[]> = {};
  for (const [key, text] of Object.entries(messages)) {
    if (!hasIcuSyntax(text)) out[key] = text;
    else
      try {
        out[key] = parse(text, { ignoreTag: true });
      } catch {
        out[key] = text;
      }
  }
  return out;
}

/** The plugin: `*.json?messages` imports become parsed catalogues; builds ship no ICU parser. */
export function icuCatalogs(): Plugin {
  return {
    name: "nearmiss:icu-catalogs",
    enforce: "pre",
    config: (_config, { command }) =>
      command === "build"
        ? {
            resolve: {
              alias: [
                {
                  find: /^@formatjs\/icu-messageformat-parser$/,
                  replacement: "@formatjs/icu-messageformat-parser/no-parser.js",
                },
              ],
            },
          }
        : undefined,
    resolveId(source, importer) {
      if (!source.endsWith(`.json${QUERY}`) || !importer) return null;
      const file = resolve(dirname(importer.replace(/\?.*$/, "")), source.slice(0, -QUERY.length));
      // Not ending in ".json": Vite's own JSON plugin would take the module for JSON.
      return `${PREFIX}${file.replace(/\.json$/, "")}.messages.js`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = `${id.slice(PREFIX.length, -".messages.js".length)}.json`;
      this.addWatchFile(file);
      const catalog = compileCatalog(JSON.parse(readFileSync(file, "utf8")));
      return `export default ${JSON.stringify(catalog)};`;
    },
  };
}
