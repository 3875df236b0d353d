import type { PanelTab } from "@/state/slices/view-slice";
import { useAppStore, useAppStoreApi } from "./store-context";

const TABS: ReadonlyArray<[PanelTab, string]> = [
  ["map", "Map"],
  ["list", "List"],
  ["details", "Details"],
];

/** On narrow screens, switches between the map, the list and the details (a tab bar at the bottom). */
export function PanelTabs() {
  const store = useAppStoreApi();
  const tab = useAppStore((s) => s.panelTab);
  return (
    <nav className="panel-tabs" aria-label="Views">
      {TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          aria-pressed={tab === id}
          onClick={() => store.getState().setPanelTab(id)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
