import type { MessageKey } from "@/i18n/translator";
import type { PanelTab } from "@/state/slices/view-slice";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

const TABS: ReadonlyArray<[PanelTab, MessageKey]> = [
  ["map", "tabs.map"],
  ["list", "tabs.list"],
  ["details", "tabs.details"],
];

/** On narrow screens, switches between the map, the list and the details (a tab bar at the bottom). */
export function PanelTabs() {
  const store = useAppStoreApi();
  const tab = useAppStore((s) => s.panelTab);
  const { t } = useI18n();
  return (
    <nav className="panel-tabs" aria-label={t("tabs.nav")}>
      {TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          aria-pressed={tab === id}
          onClick={() => store.getState().setPanelTab(id)}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
