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

/** Starts a static server for dist/ on a free port and finds Chromium once for the suite. */
export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html"))
    throw new Error("dist/ is missing: run `npm run build` first.");
  const chromiumPath: string = findChromium();
  const server: { url: string; close(): Promise<void> } = await serveStatic("dist", {
    mounts: { "/__fixtures/": "test/fixtures/e2e" },
  });
  project.provide("baseUrl", server.url);
  project.provide("chromiumPath", chromiumPath);
  return async () => {
    await server.close();
  };
}
