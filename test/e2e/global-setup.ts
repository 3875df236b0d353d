import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
// @ts-expect-error plain ESM helper without types
import { findChromium } from "../../scripts/find-chromium.mjs";
// @ts-expect-error plain ESM helper without types
import { serveStatic } from "../../scripts/serve-static.mjs";

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
  const server: { url: string; close(): Promise<void> } = await serveStatic(distDir, {
    mounts: { "/__fixtures/": "test/fixtures/e2e" },
  });
  project.provide("baseUrl", server.url);
  project.provide("chromiumPath", chromiumPath);
  return async () => {
    await server.close();
  };
}
