import { type KeyboardEvent, useEffect, useRef } from "react";
import { MISSION_SYMBOLS } from "@/domain/symbols";
import type { Selection } from "@/state/slices/selection-slice";
import { StrikeList } from "./StrikeList";
import { SymbolIcon } from "./SymbolIcon";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/** Arrow keys, Home and End move focus between the buttons of the missions list. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Home" && e.key !== "End") return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button.item")];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    e.key === "Home"
      ? 0
      : e.key === "End"
        ? buttons.length - 1
        : index + (e.key === "ArrowDown" ? 1 : -1);
  const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
  if (target) {
    e.preventDefault();
    target.focus();
  }
}

/** Missions and the strikes of the current window, synced with the map's selection and hover. */
export function ItemList() {
  const store = useAppStoreApi();
  const missions = useAppStore((s) => s.missions);
  const selection = useAppStore((s) => s.selection);
  const { t, name } = useI18n();

  const choose = (sel: Selection) => {
    store.getState().select(sel, "list");
    store.getState().setPanelTab("details");
  };
  const selectedMission =
    selection?.kind === "mission" && missions.some((m) => m.id === selection.id)
      ? selection.id
      : undefined;
  const listRef = useRef<HTMLDivElement>(null);

  // A mission chosen on the map scrolls into view (strikes scroll themselves, see StrikeList).
  useEffect(() => {
    if (!selectedMission) return;
    listRef.current
      ?.querySelector(`[data-key="mission:${CSS.escape(selectedMission)}"]`)
      ?.scrollIntoView?.({ block: "nearest" });
  }, [selectedMission]);

  return (
    <div ref={listRef} className="item-list">
      <h2 id="missions-heading">{t("list.missionsHeading")}</h2>
      <ul aria-labelledby="missions-heading" onKeyDown={moveFocus}>
        {missions.map((m, i) => (
          <li key={m.id}>
            <button
              type="button"
              className="item"
              // One tab stop per list: the selected mission, else the first.
              tabIndex={(selectedMission ? selectedMission === m.id : i === 0) ? 0 : -1}
              data-key={`mission:${m.id}`}
              aria-pressed={selectedMission === m.id}
              onClick={() => choose({ kind: "mission", id: m.id })}
              onMouseEnter={() => store.getState().setHovered({ kind: "mission", id: m.id })}
              onMouseLeave={() => store.getState().setHovered(null)}
            >
              <SymbolIcon spec={MISSION_SYMBOLS[m.kind]} />
              <span className="item-title">{name(m.name)}</span>
            </button>
          </li>
        ))}
      </ul>
      <StrikeList onChoose={(id) => choose({ kind: "strike", id })} />
    </div>
  );
}
