import type { DefaultedField, Strike } from "@/domain/types";

/** The one empty list imported records share (frozen). */
export const NONE: readonly never[] = Object.freeze([]);
/** The one empty casualty record imported strikes share (frozen). */
export const NO_CASUALTIES: Strike["casualties"] = Object.freeze({});

/**
 * An interner for `defaulted` lists: equal lists (same fields, same order) come back as one
 * shared frozen array; an empty list as NONE. One interner per import.
 */
export function sharedDefaulted(): (list: readonly DefaultedField[]) => readonly DefaultedField[] {
  const seen = new Map<string, readonly DefaultedField[]>();
  return (list) => {
    if (list.length === 0) return NONE;
    // Short lists of a few known names: a plain concatenation is the cheapest key.
    let key = "";
    for (const field of list) key += `${field},`;
    let shared = seen.get(key);
    if (!shared) {
      shared = Object.freeze([...list]);
      seen.set(key, shared);
    }
    return shared;
  };
}
