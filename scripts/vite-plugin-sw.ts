/**
 * Vite plugin: writes the build's own file list and a build hash into the service worker.
 * `public/sw.js` is the template: its `__NEARMISS_BUILD__` and `[/* __NEARMISS_PRECACHE__ *\/]`
 * placeholders become the hash of every emitted file (names and contents) and the list of those
 * files (plus the page itself, "./"). A new build therefore gets a new worker, whose cache name
 * changes, so the browser installs it and its activation deletes the old caches.
 * `NEARMISS_BUILD_LABEL` (optional) is added to the page as `<meta name="nearmiss-build">`
 * and to the hash; the service-worker e2e test uses it to tell two builds apart.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const TEMPLATE = new URL("../public/sw.js", import.meta.url);

/** Files the worker should not precache (source maps, the worker itself). */
const skip = (fileName: string) => fileName.endsWith(".map") || fileName === "sw.js";

export function serviceWorkerManifest(): Plugin {
  const label = process.env.NEARMISS_BUILD_LABEL ?? "";
  return {
    name: "nearmiss:service-worker-manifest",
    apply: "build",
    transformIndexHtml: () =>
      label
        ? [{ tag: "meta", attrs: { name: "nearmiss-build", content: label }, injectTo: "head" }]
        : [],
    // "post": after Vite has emitted index.html into the bundle.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const files = Object.values(bundle)
          .filter((item) => !skip(item.fileName))
          .sort((a, b) => a.fileName.localeCompare(b.fileName));
        const hash = createHash("sha256").update(label);
        for (const item of files) {
          hash.update(item.fileName);
          hash.update(item.type === "chunk" ? item.code : item.source);
        }
        const build = hash.digest("hex").slice(0, 16);
        const urls = ["./", ...files.map((item) => `./${item.fileName}`)];
        const source = readFileSync(TEMPLATE, "utf8")
          .replace("__NEARMISS_BUILD__", build)
          .replace("[/* __NEARMISS_PRECACHE__ */]", JSON.stringify(urls));
        this.emitFile({ type: "asset", fileName: "sw.js", source });
      },
    },
  };
}
