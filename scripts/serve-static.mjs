// A small static file server for dist/ (e2e tests and browser benchmarks). No dependencies.
// Behaves like a real static host where the app relies on it: GET and HEAD, single byte ranges
// (PMTiles reads archives with `Range: bytes=a-b`), 400 for malformed or traversing paths.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".pmtiles": "application/octet-stream",
};

/**
 * Maps a request path onto a file under `base` or a mount, or returns undefined when the path is
 * not acceptable: a malformed % escape, an encoded "/" or "\", a NUL, or a ".." segment.
 */
export function resolveRequestPath(rawPath, base, mounts = {}) {
  let segments;
  try {
    segments = rawPath.split("/").map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
  if (segments.some((s) => s === ".." || s.includes("/") || s.includes("\\") || s.includes("\0")))
    return undefined;
  const path = segments.join("/");
  let dir = base;
  let rel = path;
  for (const [prefix, target] of Object.entries(mounts)) {
    if (path.startsWith(prefix)) {
      dir = resolve(target);
      rel = path.slice(prefix.length);
    }
  }
  const file = resolve(dir, `.${sep}${rel}`);
  return file === dir || file.startsWith(dir + sep) ? file : undefined;
}

/** Parses a single `bytes=` range against a file size: {start, end} inclusive, "unsatisfiable", or undefined (serve whole). */
export function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  let start;
  let end;
  if (m[1] === "") {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return "unsatisfiable";
  return { start, end };
}

function handle(req, res, base, mounts) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const rawPath = (req.url ?? "/").split(/[?#]/)[0] ?? "/";
  let file = resolveRequestPath(rawPath, base, mounts);
  if (!file) {
    res.writeHead(400, { "content-type": "text/plain" }).end("bad request path");
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const size = statSync(file).size;
  const headers = {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    "accept-ranges": "bytes",
  };
  const range = parseRange(req.headers.range, size);
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...headers, "content-range": `bytes */${size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers,
    "content-length": String(Math.max(0, end - start + 1)),
    ...(range ? { "content-range": `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === "HEAD" || size === 0) res.end();
  else createReadStream(file, { start, end }).pipe(res);
}

/**
 * Serves `root` on 127.0.0.1 at a free port (or `port`). Extra directories can be mounted at a URL
 * prefix (e.g. synthetic benchmark data). Resolves to { url, close }.
 */
export function serveStatic(root, { port = 0, mounts = {} } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => handle(req, res, base, mounts));
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`;
      resolvePromise({ url, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
