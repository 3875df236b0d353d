/**
 * Registers the service worker (production builds only) and, once the map is ready, asks it to
 * cache every same-origin file this visit loaded, so the next visit works without a network.
 *
 * A new deploy replaces the old one without waiting for every tab to close: its worker precaches
 * the new build, then takes over (public/sw.js calls skipWaiting and clients.claim). Chromium
 * defers that take-over while the old worker is busy and, once it is idle again, may not retry
 * for minutes; so the page asks a waiting worker to take over when it has installed, when this
 * page has finished loading, and again each second while one is still waiting (at most a minute).
 */
const NUDGE_EVERY_MS = 1000;
const NUDGE_TIMES = 60;

/** Asks a newer build's waiting worker to take over now (each ask retries its activation). */
function promoteWaiting(registration: ServiceWorkerRegistration, timesLeft = NUDGE_TIMES): void {
  const waiting = registration.waiting;
  if (!waiting || timesLeft <= 0) return;
  waiting.postMessage({ type: "skip-waiting" });
  setTimeout(() => {
    if (registration.waiting === waiting) promoteWaiting(registration, timesLeft - 1);
  }, NUDGE_EVERY_MS);
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  promoteWaiting(registration);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") promoteWaiting(registration);
    });
  });
}

export function enableOffline(whenReady: Promise<void>, knownUrls: readonly string[]): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const registration = navigator.serviceWorker.register("./sw.js").catch(() => undefined);
  registration.then((r) => r && watchForUpdates(r));
  whenReady.then(async () => {
    const registered = await registration;
    if (!registered) return;
    const ready = await navigator.serviceWorker.ready;
    if (registered.waiting) {
      // A newer build is waiting to take over: it has precached its files; leave the old worker idle.
      promoteWaiting(registered);
      return;
    }
    // Files fetched inside workers (the basemap's GeoJSON) are not in this page's resource
    // timing, so the app names the files it knows about as well.
    const urls = [
      window.location.href.split("#")[0] ?? window.location.href,
      ...knownUrls.map((u) => new URL(u, window.location.href).href),
      ...performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => url.startsWith(window.location.origin)),
    ];
    ready.active?.postMessage({ type: "cache-urls", urls });
  });
}
