import { classifyCustomUrl, isNamedBasemap } from "@/domain/basemaps";
import type { BasemapChoice } from "./slices/basemap-slice";
import type { AppStore } from "./store";

/** Local-storage key holding the reader's last basemap ("streets", or "custom:<url>"). */
export const BASEMAP_STORAGE_KEY = "nearmiss.basemap";

/** The stored value for a choice; a local file is not remembered (it cannot be reopened). */
export function encodeStoredBasemap(choice: BasemapChoice): string | undefined {
  if (choice.kind === "file") return undefined;
  return choice.kind === "custom" ? `custom:${choice.url}` : choice.kind;
}

/** Reads a stored value back; anything unknown or unusable gives undefined. */
export function decodeStoredBasemap(text: string | null): BasemapChoice | undefined {
  if (text === null) return undefined;
  if (isNamedBasemap(text)) return { kind: text };
  if (!text.startsWith("custom:")) return undefined;
  const checked = classifyCustomUrl(text.slice("custom:".length));
  return typeof checked === "string" ? undefined : { kind: "custom", url: checked.url };
}

/**
 * Restores the reader's own last basemap choice and remembers every later choice. A link comes
 * first: when it names a basemap (an offer), the stored one is applied only if it is that same
 * basemap (the reader already chose that third party); otherwise the offer stands. Storage failures
 * (private mode, quota) are ignored: the choice just is not kept.
 */
export function bindBasemapStorage(store: AppStore, storage: Storage | undefined): () => void {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(BASEMAP_STORAGE_KEY) ?? null;
  } catch {}
  const restored = decodeStoredBasemap(stored);
  const { basemap, basemapOffer } = store.getState();
  const linkAllows = basemapOffer === undefined || basemapOffer === restored?.kind;
  if (restored && basemap.kind === "embedded" && linkAllows) store.getState().setBasemap(restored);
  return store.subscribe(
    (s) => s.basemap,
    (choice) => {
      const value = encodeStoredBasemap(choice);
      try {
        if (value) storage?.setItem(BASEMAP_STORAGE_KEY, value);
      } catch {}
    },
  );
}
