import { MISSION_SYMBOLS, WEAPON_SYMBOLS } from "@/domain/symbols";
import type { WeaponClass } from "@/domain/types";
import { selectClassCounts } from "@/state/filter-selectors";
import { FilterPanel } from "./FilterPanel";
import { SymbolIcon } from "./SymbolIcon";
import { useAppStore, useAppStoreApi } from "./store-context";

/**
 * Symbol key for strikes (by weapon class) and missions (by kind), plus the halo and muted styles.
 * The strike key is the weapon filter: each class is a toggle button with its count in the window
 * (under the other filters); the other filters sit beside it.
 */
export function Legend() {
  const store = useAppStoreApi();
  const counts = useAppStore(selectClassCounts);
  const hidden = useAppStore((s) => s.filters.hiddenWeapons);
  return (
    <details className="legend" open>
      <summary>Legend and filters</summary>
      <h3 id="legend-strikes">Strikes (click a class to hide or show it)</h3>
      <ul aria-labelledby="legend-strikes">
        {(Object.keys(WEAPON_SYMBOLS) as WeaponClass[]).map((cls) => {
          const s = WEAPON_SYMBOLS[cls];
          const off = hidden.includes(cls);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={!off}
                data-weapon={cls}
                onClick={() => store.getState().toggleHidden("hiddenWeapons", cls)}
              >
                <SymbolIcon spec={s} size={20} /> <span className="legend-label">{s.label}</span>{" "}
                <span className="legend-count">{counts[cls]}</span>
                {off ? <span className="legend-hidden"> (hidden)</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      <FilterPanel />
      <h3>Missions and sites</h3>
      <ul>
        {Object.values(MISSION_SYMBOLS).map((s) => (
          <li key={s.id}>
            <SymbolIcon spec={s} size={20} /> {s.label}
          </li>
        ))}
      </ul>
      <p className="legend-note">
        Dashed circle: location uncertainty, drawn at its true radius. Faded symbol: low confidence
        or only the city is known.
      </p>
    </details>
  );
}
