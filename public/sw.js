// Nearmiss service worker: keeps the app usable offline after one visit.
// Content-hashed files under assets/ are served from the cache first; everything else (the page,
// data overrides) goes to the network first and falls back to the cache. Same-origin GETs only.
const CACHE = "nearmiss-v1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The page sends the URLs it has already loaded, since the first visit was not yet controlled.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "cache-urls" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === "string" && new URL(u).origin === self.location.origin);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(urls.map((u) => cache.add(u).catch(() => undefined))))
      .then(() => event.source?.postMessage({ type: "cached", count: urls.length })),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Street tiles (issue 11): their folder name carries their version (streets/kyiv-2025-08/), so
  // they are as immutable as the hashed assets and are served from the cache first too.
  const immutable = url.pathname.includes("/assets/") || url.pathname.includes("/streets/");
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (immutable) {
        const hit = await cache.match(request);
        if (hit) return hit;
      }
      try {
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      } catch (error) {
        const hit = await cache.match(request, { ignoreSearch: !immutable });
        if (hit) return hit;
        throw error;
      }
    })(),
  );
});
