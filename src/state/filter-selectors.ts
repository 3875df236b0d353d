import { layerOf, strikePredicate } from "@/analysis/strike-filter";
import { BUILTIN_LAYER, type Strike, type WeaponClass } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";
import { selectVisibleRange } from "./selectors";
import type { AppState } from "./store";

const ignoringWeapons = memoizeLast((s: AppState["filters"]) => ({ ...s, hiddenWeapons: [] }));

const classCounts = memoizeLast(
  (
    strikes: readonly Strike[],
    range: { lo: number; hi: number },
    keep: (s: Strike) => boolean,
  ): Readonly<Record<WeaponClass, number>> => {
    const out = { ballistic: 0, aeroballistic: 0, cruise: 0, drone: 0, unknown: 0 };
    for (let i = range.lo; i < range.hi; i++) {
      const s = strikes[i];
      if (s && keep(s)) out[s.weaponClass] += 1;
    }
    return out;
  },
);
const predicate = memoizeLast(strikePredicate);

/**
 * Strikes per weapon class inside the window that pass every filter but the weapon one, so a
 * hidden class still says how many it hides.
 */
export const selectClassCounts = (s: AppState) =>
  classCounts(s.strikes, selectVisibleRange(s), predicate(ignoringWeapons(s.filters), s.missions));

const layerIds = memoizeLast((strikes: readonly Strike[], hidden: readonly string[]) => {
  const ids = new Set<string>([BUILTIN_LAYER]);
  for (const s of strikes) ids.add(layerOf(s));
  for (const id of hidden) ids.add(id);
  return [...ids];
});

/** The data layers to offer in the layer filter: built-in, every loaded layer and hidden ones. */
export const selectLayerIds = (s: AppState): readonly string[] =>
  layerIds(s.strikes, s.filters.hiddenLayers);
