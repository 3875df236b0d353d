import { MISSION_SYMBOLS, WEAPON_SYMBOLS } from "@/domain/symbols";
import type { MissionKind, WeaponClass } from "@/domain/types";
import { MISSION_KIND_LABEL, WEAPON_LABEL } from "@/i18n/labels";
import { selectClassCounts } from "@/state/filter-selectors";
import { FilterPanel } from "./FilterPanel";
import { SymbolIcon } from "./SymbolIcon";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/**
 * Symbol key for strikes (by weapon class) and missions (by kind), plus the halo and muted styles.
 * The strike key is the weapon filter: each class is a toggle button with its count in the window
 * (under the other filters); the other filters sit beside it.
 */
export function Legend() {
  const store = useAppStoreApi();
  const counts = useAppStore(selectClassCounts);
  const hidden = useAppStore((s) => s.filters.hiddenWeapons);
  const { t } = useI18n();
  return (
    <details className="legend" open>
      <summary>{t("legend.summary")}</summary>
      <h3 id="legend-strikes">{t("legend.strikes")}</h3>
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
                <SymbolIcon spec={s} size={20} />{" "}
                <span className="legend-label">{t(WEAPON_LABEL[cls])}</span>{" "}
                <span className="legend-count">{counts[cls]}</span>
                {off ? <span className="legend-hidden">{t("legend.hidden")}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      <FilterPanel />
      <h3>{t("legend.sites")}</h3>
      <ul>
        {(Object.keys(MISSION_SYMBOLS) as MissionKind[]).map((kind) => (
          <li key={kind}>
            <SymbolIcon spec={MISSION_SYMBOLS[kind]} size={20} /> {t(MISSION_KIND_LABEL[kind])}
          </li>
        ))}
      </ul>
      <p className="legend-note">{t("legend.note")}</p>
    </details>
  );
}
