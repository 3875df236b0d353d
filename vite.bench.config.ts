import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Builds the bare-MapLibre baseline page used by `npm run bench:startup` (never shipped).
export default defineConfig({
  root: fileURLToPath(new URL("./bench/bare", import.meta.url)),
  base: "./",
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      "@geo": fileURLToPath(new URL("./geo", import.meta.url)),
    },
  },
  assetsInclude: ["**/*.geojson"],
  build: {
    outDir: fileURLToPath(new URL("./.bench-dist/bare", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
});
