/**
 * Remembers the column mapping a user chose for a header signature (localStorage), so the same
 * export shape is not asked about twice. Storage failures are ignored: remembering is a convenience.
 */

const PREFIX = "nearmiss.mapping.";

/** The mapping saved for `signature`, if any (undefined when storage is unavailable or unreadable). */
export function recallMapping<T extends object>(
  signature: string,
  storage: Storage | undefined = globalThis.localStorage,
): T | undefined {
  try {
    const text = storage?.getItem(PREFIX + signature);
    if (!text) return undefined;
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves `mapping` for `signature`; returns false when it could not be stored. */
export function rememberMapping(
  signature: string,
  mapping: object,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PREFIX + signature, JSON.stringify(mapping));
    return true;
  } catch {
    return false;
  }
}
