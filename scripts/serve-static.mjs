// A tiny static file server for dist/ (e2e tests and browser benchmarks). No dependencies.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".pmtiles": "application/octet-stream",
};

/**
 * Serves `root` on 127.0.0.1 at a free port (or `port`). Extra directories can be mounted at a URL
 * prefix (e.g. synthetic benchmark data). Resolves to { url, close }.
 */
export function serveStatic(root, { port = 0, mounts = {} } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let dir = base;
    let rel = path;
    for (const [prefix, target] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        dir = resolve(target);
        rel = path.slice(prefix.length);
      }
    }
    let file = normalize(join(dir, rel));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`;
      resolvePromise({ url, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
