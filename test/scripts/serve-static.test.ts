import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper without types
import { parseRange, serveStatic } from "../../scripts/serve-static.mjs";

const root = mkdtempSync(join(tmpdir(), "serve-static-"));
const outside = mkdtempSync(join(tmpdir(), "serve-outside-"));
mkdirSync(join(root, "sub"));
writeFileSync(join(root, "index.html"), "<p>home</p>");
writeFileSync(join(root, "sub", "data.pmtiles"), "0123456789");
writeFileSync(join(outside, "secret.txt"), "secret");
mkdirSync(join(outside, "bench"));
writeFileSync(join(outside, "bench", "strikes.json"), "{}");

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await serveStatic(root, { mounts: { "/__bench/": join(outside, "bench") } });
});
afterAll(() => server.close());

/** A raw request (no client-side URL normalisation, so "..", "%2f" reach the server as sent). */
function raw(path: string, method = "GET", headers: Record<string, string> = {}) {
  const { port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (done, fail) => {
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", fail);
      req.end();
    },
  );
}

describe("serve-static", () => {
  it("serves files and directory index pages", async () => {
    expect((await raw("/")).body).toBe("<p>home</p>");
    const r = await raw("/sub/data.pmtiles");
    expect([r.status, r.body, r.headers["accept-ranges"]]).toEqual([200, "0123456789", "bytes"]);
    expect((await raw("/__bench/strikes.json")).body).toBe("{}");
    expect((await raw("/nope.txt")).status).toBe(404);
  });

  it("answers byte ranges with 206 and Content-Range, and 416 past the end", async () => {
    const r = await raw("/sub/data.pmtiles", "GET", { range: "bytes=2-5" });
    expect([r.status, r.body, r.headers["content-range"]]).toEqual([206, "2345", "bytes 2-5/10"]);
    expect((await raw("/sub/data.pmtiles", "GET", { range: "bytes=-3" })).body).toBe("789");
    expect((await raw("/sub/data.pmtiles", "GET", { range: "bytes=7-" })).body).toBe("789");
    expect((await raw("/sub/data.pmtiles", "GET", { range: "bytes=20-30" })).status).toBe(416);
  });

  it("answers HEAD with the length and no body", async () => {
    const r = await raw("/sub/data.pmtiles", "HEAD");
    expect([r.status, r.headers["content-length"], r.body]).toEqual([200, "10", ""]);
  });

  it.each([
    "/../" + "serve-outside/secret.txt",
    "/sub/%2e%2e/%2e%2e/secret.txt",
    "/sub%2f..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/__bench/..%2fsecret.txt",
    "/__bench/../secret.txt",
    "/bad%escape",
    "/%E0%A4%A",
    "/a%00b",
  ])("rejects %s with 400", async (path) => {
    const r = await raw(path);
    expect(r.status).toBe(400);
    expect(r.body).not.toContain("secret");
  });

  it("parses ranges like a static host", () => {
    expect(parseRange("bytes=0-0", 10)).toEqual({ start: 0, end: 0 });
    expect(parseRange("bytes=5-100", 10)).toEqual({ start: 5, end: 9 });
    expect(parseRange("bytes=10-", 10)).toBe("unsatisfiable");
    expect(parseRange("items=1-2", 10)).toBeUndefined();
    expect(parseRange(undefined, 10)).toBeUndefined();
  });
});
