import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { icuCatalogs } from "./scripts/vite-plugin-icu-catalogs";

// End-to-end suite: the built app in dist/, served on 127.0.0.1, driven in Debian's Chromium.
export default defineConfig({
  // Tests import app modules (constants) whose graph reaches the parsed catalogues (`?messages`).
  plugins: [icuCatalogs()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Conditions are awaited, not timed: a lazily loaded panel can take seconds on a loaded 2-core machine.
    expect: { poll: { timeout: 30_000 } },
  },
});
