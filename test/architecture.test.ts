import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

type Layer =
  | "app"
  | "ui"
  | "map"
  | "state"
  | "data"
  | "analysis"
  | "domain"
  | "lib"
  | "workers"
  | "import"
  | "i18n";

// Which src/ folders each folder may import, and which packages it must not.
const ALLOWED: Record<Layer, readonly Layer[]> = {
  lib: [],
  domain: ["lib"],
  analysis: ["domain", "lib"],
  workers: ["analysis", "domain", "lib"],
  // The import pipeline (pure) and its worker/client (I/O, like src/workers).
  import: ["analysis", "domain", "lib"],
  data: ["domain", "lib"],
  // Message catalogues and the translator (pure: no React, MapLibre or store).
  i18n: ["domain", "lib"],
  state: ["analysis", "data", "domain", "lib", "workers", "import", "i18n"],
  // ui may call pure analysis helpers (time arithmetic); it never reaches MapLibre.
  ui: ["state", "analysis", "domain", "lib", "import", "i18n"],
  map: ["state", "analysis", "domain", "lib", "i18n"],
  app: ["map", "ui", "state", "data", "analysis", "domain", "lib", "import", "i18n"],
};
const PURE: readonly Layer[] = [
  "lib",
  "domain",
  "analysis",
  "workers",
  "data",
  "state",
  "import",
  "i18n",
];
const FORBIDDEN_PACKAGES: Record<string, (layer: Layer) => boolean> = {
  "maplibre-gl": (layer) => layer !== "map",
  react: (layer) => PURE.includes(layer),
  "react-dom": (layer) => PURE.includes(layer) || layer === "map",
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): Layer | undefined {
  const top = relative("src", file).split("/")[0];
  return top && top in ALLOWED ? (top as Layer) : undefined;
}

const IMPORT =
  /(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** Every boundary violation in one file's text, as "file → specifier (reason)". */
function violationsOfText(file: string, text: string): string[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? "";
    let target: string | undefined;
    if (spec.startsWith("@/")) target = spec.slice(2).split("/")[0];
    else if (spec.startsWith(".")) target = layerOf(join(file, "..", spec));
    else {
      const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
      if (pkg && FORBIDDEN_PACKAGES[pkg]?.(layer)) found.push(`${file} → ${spec} (package)`);
      continue;
    }
    if (target && target !== layer && !ALLOWED[layer].includes(target as Layer)) {
      found.push(`${file} → ${spec} (${layer} may not import ${target})`);
    }
  }
  return found;
}

/** Browser I/O a pure src/import file must not touch (only the worker and its client may). */
const IO_GLOBALS =
  /\b(Worker|self|window|document|fetch|localStorage|indexedDB|XMLHttpRequest|postMessage)\b\s*[.(]/;
const IMPORT_IO_FILES = new Set(["src/import/import-client.ts", "src/import/import.worker.ts"]);

/** Pure src/import files that reach for browser I/O, as "file → global". */
function importIoViolations(file: string, text: string): string[] {
  if (!file.startsWith("src/import/") || IMPORT_IO_FILES.has(file)) return [];
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  const hit = IO_GLOBALS.exec(code);
  return hit ? [`${file} → ${hit[1]}`] : [];
}

describe("architecture", () => {
  it("keeps src/import pure except its worker and client", () => {
    const all = walk("src/import").flatMap((f) => importIoViolations(f, readFileSync(f, "utf8")));
    expect(all).toEqual([]);
    expect(importIoViolations("src/import/csv.ts", "const w = new Worker(url);")).toEqual([
      "src/import/csv.ts → Worker",
    ]);
    expect(importIoViolations("src/import/import-client.ts", "new Worker(url)")).toEqual([]);
  });

  it("keeps every import inside the allowed layer boundaries", () => {
    const all = walk("src").flatMap((f) => violationsOfText(f, readFileSync(f, "utf8")));
    expect(all).toEqual([]);
  });

  it("keeps src/i18n free of React, MapLibre and the store", () => {
    expect(violationsOfText("src/i18n/x.ts", 'import { useState } from "react";')).toEqual([
      "src/i18n/x.ts → react (package)",
    ]);
    expect(violationsOfText("src/i18n/x.ts", 'import { appStore } from "@/state/store";')).toEqual([
      "src/i18n/x.ts → @/state/store (i18n may not import state)",
    ]);
  });

  it("detects a violation (the checker can fail)", () => {
    const fake = "test/fixtures/architecture/src/ui/Bad.tsx";
    // The fixture lives outside src/, so map its path onto ui/ for the check.
    const content = readFileSync(fake, "utf8");
    expect(content).toContain("@/map/");
    const asUi = violationsOfText("src/ui/Bad.tsx", content);
    expect(asUi).toEqual([
      "src/ui/Bad.tsx → @/map/mount-map (ui may not import map)",
      "src/ui/Bad.tsx → maplibre-gl (package)",
      "src/ui/Bad.tsx → ../map/ids (ui may not import map)",
    ]);
  });
});
