import { strikePredicate } from "@/analysis/strike-filter";
import { BUILTIN_LAYER, type Strike, type WeaponClass } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";
import { selectVisibleRange } from "./selectors";
import type { AppState } from "./store";

const ignoringWeapons = memoizeLast((s: AppState["filters"]) => ({ ...s, hiddenWeapons: [] }));

const CLASSES: readonly WeaponClass[] = [
  "ballistic",
  "aeroballistic",
  "cruise",
  "drone",
  "unknown",
];

const CLASS_INDEX = new Map(CLASSES.map((c, i) => [c, i] as const));

/** Per class, the running count of strikes that pass `keep` (`[class][i]` = among strikes[0..i)). */
const classPrefix = memoizeLast(
  (strikes: readonly Strike[], keep: (s: Strike) => boolean): readonly Uint32Array[] => {
    const prefix = CLASSES.map(() => new Uint32Array(strikes.length + 1));
    // Plain loops: after a 100k-row import this runs in the same task as the map update.
    const counts = new Uint32Array(CLASSES.length);
    for (let i = 0; i < strikes.length; i++) {
      const s = strikes[i] as Strike;
      const hit = keep(s) ? (CLASS_INDEX.get(s.weaponClass) ?? -1) : -1;
      if (hit >= 0) counts[hit] = (counts[hit] as number) + 1;
      for (let c = 0; c < CLASSES.length; c++)
        (prefix[c] as Uint32Array)[i + 1] = counts[c] as number;
    }
    return prefix;
  },
  2,
);
const predicate = memoizeLast(strikePredicate);

const classCounts = memoizeLast(
  (prefix: readonly Uint32Array[], range: { lo: number; hi: number }) =>
    Object.fromEntries(
      CLASSES.map((c, i) => {
        const p = prefix[i] as Uint32Array;
        return [c, (p[range.hi] ?? 0) - (p[range.lo] ?? 0)];
      }),
    ) as Readonly<Record<WeaponClass, number>>,
);

/**
 * Strikes per weapon class inside the window that pass every filter but the weapon one, so a
 * hidden class still says how many it hides. O(1) per window move (running counts per class,
 * rebuilt only when the data or the filters change).
 */
export const selectClassCounts = (s: AppState) =>
  classCounts(
    classPrefix(s.strikes, predicate(ignoringWeapons(s.filters), s.missions)),
    selectVisibleRange(s),
  );

const layerIds = memoizeLast(
  (layers: AppState["layers"], hidden: readonly string[]): readonly string[] => {
    const ids = new Set<string>([BUILTIN_LAYER]);
    // The layers whose strikes are on show (hidden layers' records are not merged in); read from
    // the layer list, not from each of (after an import) 100k strikes.
    for (const l of layers) if (l.visible && l.strikes.length > 0) ids.add(l.id);
    for (const id of hidden) ids.add(id);
    return [...ids];
  },
);

/** The data layers to offer in the layer filter: built-in, every loaded layer and hidden ones. */
export const selectLayerIds = (s: AppState): readonly string[] =>
  layerIds(s.layers, s.filters.hiddenLayers);
