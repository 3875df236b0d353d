/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { serviceWorkerManifest } from "./scripts/vite-plugin-sw";

const src = fileURLToPath(new URL("./src", import.meta.url));
const geo = fileURLToPath(new URL("./geo", import.meta.url));

export default defineConfig({
  base: "./",
  plugins: [react(), serviceWorkerManifest()],
  resolve: { alias: { "@": src, "@geo": geo } },
  assetsInclude: ["**/*.geojson"],
  build: {
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // MapLibre in its own long-cached chunk (Rolldown's code-splitting groups; replaces the
        // deprecated `manualChunks`).
        codeSplitting: { groups: [{ name: "maplibre", test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  worker: { format: "es" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/helpers/setup.ts"],
  },
});
