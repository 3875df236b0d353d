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

/** True when `s` already holds only shared parts (nothing for shareCommonParts to replace). */
function alreadyShared(s: Strike, defaulted: Strike["defaulted"]): boolean {
  return (
    (s.disputed === NONE || s.disputed.length > 0) &&
    (s.missionIds === NONE || s.missionIds.length > 0) &&
    s.casualties === NO_CASUALTIES &&
    defaulted === s.defaulted
  );
}

/**
 * The strikes with their empty and repeated parts (no disputes, no missions, no casualties, the
 * same list of defaulted fields) replaced by shared frozen objects. A message to the page copies a
 * shared object once, so the page builds ~5 objects per strike instead of ~9: at 100k strikes that
 * is less to deserialise and to collect on the main thread. Equal values; the input is not
 * modified (a strike that already holds only shared parts, as tableToRecords builds them, is
 * returned as it is). Pure.
 */
export function shareCommonParts(strikes: readonly Strike[]): Strike[] {
  const share = sharedDefaulted();
  return strikes.map((s) => {
    const d = s.defaulted && !Object.isFrozen(s.defaulted) ? share(s.defaulted) : s.defaulted;
    if (alreadyShared(s, d)) return s;
    return {
      ...s,
      disputed: s.disputed.length === 0 ? NONE : s.disputed,
      missionIds: s.missionIds.length === 0 ? NONE : s.missionIds,
      casualties: Object.keys(s.casualties).length === 0 ? NO_CASUALTIES : s.casualties,
      ...(d ? { defaulted: d } : {}),
    };
  });
}
