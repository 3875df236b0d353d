/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { startupChunk } from "./scripts/startup-chunk";
import { geoCheck } from "./scripts/vite-plugin-geo-check";
import { icuCatalogs } from "./scripts/vite-plugin-icu-catalogs";
import { serviceWorkerManifest } from "./scripts/vite-plugin-sw";
import { THIRD_PARTY_HOSTS } from "./src/domain/basemaps";
import { buildCsp } from "./src/lib/csp";

const src = fileURLToPath(new URL("./src", import.meta.url));
const geo = fileURLToPath(new URL("./geo", import.meta.url));

/**
 * ONLINE BASEMAPS — the only widening of the Content-Security-Policy: the opt-in online basemaps'
 * hosts (src/domain/basemaps.ts), so the built page may fetch their styles and tiles once a user
 * chooses one. Nothing else leaves the page's origin. A custom basemap address on another host is
 * blocked by this policy unless its origin is added here.
 */
const ONLINE_BASEMAP_ORIGINS: readonly string[] = THIRD_PARTY_HOSTS;

/**
 * Puts the CSP meta tag into the built index.html only: Vite's dev server injects inline scripts
 * (React refresh, HMR client) that a strict policy would block, so `npm run dev` runs without it.
 */
function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildCsp({ basemapOrigins: ONLINE_BASEMAP_ORIGINS })}" />`;
  return {
    name: "nearmiss-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${meta}`),
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), serviceWorkerManifest(), geoCheck(), icuCatalogs()],
  resolve: { alias: { "@": src, "@geo": geo } },
  assetsInclude: ["**/*.geojson"],
  build: {
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // MapLibre in its own long-cached chunk (Rolldown's code-splitting groups; replaces the
        // deprecated `manualChunks`).
        // Then everything the page's first script imports, in one chunk (scripts/startup-chunk.ts).
        codeSplitting: {
          groups: [
            { name: "maplibre", test: /node_modules[\\/]maplibre-gl/ },
            { name: startupChunk(fileURLToPath(new URL("./src/main.tsx", import.meta.url))) },
          ],
        },
      },
    },
  },
  worker: { format: "es" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    // Worker threads start faster than forked processes: 89 s against 116 s for the whole unit
    // suite on the 2-core CI machine, same tests passing.
    pool: "threads",
    // One module graph per worker, not per file: 24 s against 82 s for the suite. Safe because no
    // test relies on module state left by another (each makes its own store; shuffled runs with
    // `--sequence.shuffle` pass).
    isolate: false,
    setupFiles: ["test/helpers/setup.ts"],
  },
});
