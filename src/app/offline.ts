/**
 * Registers the service worker (production builds only) and, once the map is ready, asks it to
 * cache every same-origin file this visit loaded, so the next visit works without a network.
 */
export function enableOffline(whenReady: Promise<void>, knownUrls: readonly string[]): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const registration = navigator.serviceWorker.register("./sw.js").catch(() => undefined);
  whenReady.then(async () => {
    if (!(await registration)) return;
    const ready = await navigator.serviceWorker.ready;
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
