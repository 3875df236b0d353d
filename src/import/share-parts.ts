import type { Strike } from "@/domain/types";

const NONE: readonly never[] = Object.freeze([]);
const NO_CASUALTIES: Strike["casualties"] = Object.freeze({});

/**
 * The strikes with their empty and repeated parts (no disputes, no missions, no casualties, the
 * same list of defaulted fields) replaced by shared frozen objects. A message to the page copies a
 * shared object once, so the page builds ~5 objects per strike instead of ~9: at 100k strikes that
 * is less to deserialise and to collect on the main thread. Equal values; the input is not
 * modified. Pure.
 */
export function shareCommonParts(strikes: readonly Strike[]): Strike[] {
  const defaulted = new Map<string, Strike["defaulted"]>();
  return strikes.map((s) => {
    let d = s.defaulted;
    if (d) {
      const key = d.join(",");
      let shared = defaulted.get(key);
      if (!shared) {
        shared = Object.freeze([...d]);
        defaulted.set(key, shared);
      }
      d = shared;
    }
    return {
      ...s,
      disputed: s.disputed.length === 0 ? NONE : s.disputed,
      missionIds: s.missionIds.length === 0 ? NONE : s.missionIds,
      casualties: Object.keys(s.casualties).length === 0 ? NO_CASUALTIES : s.casualties,
      ...(d ? { defaulted: d } : {}),
    };
  });
}
