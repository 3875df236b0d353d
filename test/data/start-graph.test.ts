/**
 * What the start-up may not carry: the data worker and the page's first script reach zod (and the
 * schema parsers) only through `import()`, for a link's own data files. Follows static imports in
 * the source (not `import type`, not `import()`), the way the bundler puts modules in a chunk.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s*)?["']([^"']+)["']/gm;

function resolveSpec(from: string, spec: string): string {
  const bare = spec.replace(/\?.*$/, "");
  if (!bare.startsWith("@/") && !bare.startsWith(".")) {
    const parts = bare.split("/");
    return `pkg:${bare.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]}`;
  }
  const base = bare.startsWith("@/") ? join("src", bare.slice(2)) : join(dirname(from), bare);
  const found = ["", ".ts", ".tsx"]
    .map((ext) => base + ext)
    .find((p) => /\.tsx?$/.test(p) && existsSync(p));
  return found ?? base;
}

/** Every module `entry` reaches through static imports (packages as "pkg:name"). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set([entry]);
  const stack = [entry];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (file.startsWith("pkg:") || !/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const next = resolveSpec(file, m[1] ?? "");
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

const SCHEMA = ["pkg:zod", "src/domain/parse-geo.ts", "src/domain/schema.ts"];

describe("the start-up's static graph", () => {
  it("keeps zod and the schema out of the data worker", () => {
    const graph = staticGraph("src/data/geo-load-worker.ts");
    expect(graph).toContain("src/domain/checked-geo.ts");
    expect(SCHEMA.filter((m) => graph.has(m))).toEqual([]);
  });

  it("keeps zod and the schema out of the page's first script", () => {
    const graph = staticGraph("src/main.tsx");
    expect(graph).toContain("src/app/App.tsx");
    expect(SCHEMA.filter((m) => graph.has(m))).toEqual([]);
  });

  it("finds zod where it is imported (the check can fail)", () => {
    expect(staticGraph("src/domain/dataset-check.ts")).toContain("pkg:zod");
  });
});
