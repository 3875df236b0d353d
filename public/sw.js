// Nearmiss service worker: the app works offline from the end of the first load.
// At build time scripts/vite-plugin-sw.ts writes the build's hash and its own file list below
// (in dev the placeholders stay and the worker is not registered).
// - install: precaches every file of this build into a cache named after the build;
// - activate: claims open pages, then deletes every other Nearmiss cache (old builds' hashed
//   files do not pile up); each navigation sweeps again;
// - fetch: same-origin GETs only. Content-hashed files under assets/ come from the cache first;
//   everything else (the page, data overrides) from the network first, falling back to the cache.
//   Only complete, successful responses are stored: never errors, redirects, opaque or partial
//   (206, e.g. PMTiles Range reads) responses. Range requests always go to the network.
const BUILD = "__NEARMISS_BUILD__";
const PRECACHE = [/* __NEARMISS_PRECACHE__ */];
const PREFIX = "nearmiss-";
const CACHE = `${PREFIX}${BUILD}`;

const cacheable = (response) => response.status === 200 && response.type === "basic";

/** This worker is still the registration's active one (not replaced by a newer build's worker). */
const isCurrent = () => !self.serviceWorker || self.registration.active === self.serviceWorker;

/**
 * Stores a response only while this worker is current and its build's cache exists. A worker that a
 * newer build has replaced may still be answering the page's last requests; the check and the write
 * are not atomic (the newer worker may delete this cache in between, and `caches.open` would bring
 * it back), so after writing it checks again and deletes its own cache if it has been replaced.
 */
async function storeIfCurrent(request, response) {
  if (!isCurrent() || !(await caches.has(CACHE))) return;
  await (await caches.open(CACHE)).put(request, response);
  if (!isCurrent()) await caches.delete(CACHE);
}

/** Deletes every other build's cache (whoever created it, e.g. an old worker's late write). */
async function deleteOtherCaches() {
  const keys = await caches.keys();
  await Promise.all(
    keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
  );
}

async function precache() {
  const cache = await caches.open(CACHE);
  // A failed install leaves no half-filled cache behind (the next navigation tries again).
  await Promise.all(
    PRECACHE.map(async (path) => {
      const url = new URL(path, self.registration.scope).href;
      // Bypass the HTTP cache so the worker stores exactly this build's files.
      const response = await fetch(url, { cache: "reload" });
      if (!cacheable(response)) throw new Error(`precache: ${url} answered ${response.status}`);
      await cache.put(url, response);
    }),
  ).catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  });
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  // Take the open pages first, so their next requests come to this worker rather than the old one,
  // then delete every other build's cache.
  event.waitUntil(self.clients.claim().then(deleteOtherCaches));
});

// The page may name further same-origin files it loaded (e.g. a ?strikes= data override), and
// asks a waiting worker (a newer build) to take over; asking again retries the activation, which
// the browser defers while the old worker is busy (src/app/offline.ts).
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data?.type === "skip-waiting") {
    event.waitUntil(self.skipWaiting());
    return;
  }
  if (!data || data.type !== "cache-urls" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter(
    (u) => typeof u === "string" && new URL(u).origin === self.location.origin,
  );
  event.waitUntil(
    Promise.all(
      urls.map(async (u) => {
        if (await caches.match(u, { cacheName: CACHE })) return;
        const response = await fetch(u).catch(() => undefined);
        if (response && cacheable(response)) await storeIfCurrent(u, response);
      }),
    ).then(() => event.source?.postMessage({ type: "cached", count: urls.length })),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.headers.has("range")) return;
  // Street tiles (issue 11): their folder name carries their version (streets/kyiv-2025-08/), so
  // they are as immutable as the hashed assets and are served from the cache first too.
  const immutable = url.pathname.includes("/assets/") || url.pathname.includes("/streets/");
  // Each page load, the current worker sweeps again: an outgoing worker still answering a request
  // when this one activated may have written to its cache after the activation's sweep.
  // Not while a newer build is installing or waiting: the other cache is its precache.
  const newer = self.registration.installing || self.registration.waiting;
  if (request.mode === "navigate" && isCurrent() && !newer) event.waitUntil(deleteOtherCaches());
  event.respondWith(
    (async () => {
      // Never caches.open() here: a worker that a newer build has replaced may still be answering
      // the page's last requests, and opening its deleted cache would bring it back for good.
      if (immutable) {
        const hit = await caches.match(request, { cacheName: CACHE });
        if (hit) return hit;
      }
      try {
        const response = await fetch(request);
        if (cacheable(response)) await storeIfCurrent(request, response.clone());
        return response;
      } catch (error) {
        const hit =
          (await caches.match(request, { cacheName: CACHE, ignoreSearch: !immutable })) ??
          (request.mode === "navigate"
            ? await caches.match(new URL("./", self.registration.scope).href, { cacheName: CACHE })
            : undefined);
        if (hit) return hit;
        throw error;
      }
    })(),
  );
});
