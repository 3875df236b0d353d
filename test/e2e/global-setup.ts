import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error plain ESM helper without types
import { findChromium } from "../../scripts/find-chromium.mjs";
// @ts-expect-error plain ESM helper without types
import { serveStatic } from "../../scripts/serve-static.mjs";
import { syntheticStrikeCollection } from "../../scripts/synthetic-strikes";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/**
 * Starts a static server for the built app on a free port and finds Chromium once for the suite.
 * The app is dist/ unless `NEARMISS_DIST` names another build directory.
 */
export default async function setup(project: TestProject) {
  const distDir = process.env.NEARMISS_DIST ?? "dist";
  if (!existsSync(`${distDir}/index.html`))
    throw new Error(`${distDir}/ is missing: run \`npm run build\` first.`);
  const chromiumPath: string = findChromium();
  // Generated data, never shipped: a window larger than the map's GeoJSON copy (5000 strikes).
  const generated = mkdtempSync(join(tmpdir(), "nearmiss-e2e-"));
  writeFileSync(
    join(generated, "strikes-6000.geojson"),
    JSON.stringify(syntheticStrikeCollection(6000)),
  );
  const server: { url: string; close(): Promise<void> } = await serveStatic(distDir, {
    mounts: { "/__fixtures/": "test/fixtures/e2e", "/__generated/": generated },
  });
  project.provide("baseUrl", server.url);
  project.provide("chromiumPath", chromiumPath);
  return async () => {
    await server.close();
  };
}
