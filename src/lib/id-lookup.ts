/** Finding records by id without paying for the index until someone asks. */
export interface IdLookup<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
}

/**
 * An id → record lookup over `items` whose Map is built on the first `get`/`has`, not before:
 * selectors hand one out on every data change (100k strikes after an import), while most data
 * changes are never followed by a lookup. Later duplicates of an id win, like `new Map(entries)`.
 * Pure; `items` must not change afterwards (store arrays are replaced, never mutated).
 */
export function lazyIdLookup<T extends { readonly id: string }>(items: readonly T[]): IdLookup<T> {
  let map: Map<string, T> | undefined;
  const index = () => {
    if (!map) {
      map = new Map();
      for (const item of items) map.set(item.id, item);
    }
    return map;
  };
  return {
    get: (id) => index().get(id),
    has: (id) => index().has(id),
  };
}
