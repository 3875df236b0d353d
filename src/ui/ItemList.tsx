import { type KeyboardEvent, useDeferredValue, useEffect, useRef } from "react";
import { MISSION_SYMBOLS, WEAPON_SYMBOLS } from "@/domain/symbols";
import { formatAtPrecision } from "@/lib/format";
import { selectVisibleStrikes } from "@/state/selectors";
import type { Selection } from "@/state/slices/selection-slice";
import { selectTimeZone } from "@/state/time-selectors";
import { ExportBar } from "./ExportBar";
import { SymbolIcon } from "./SymbolIcon";
import { useAppStore, useAppStoreApi } from "./store-context";

const MAX_ROWS = 300;

/** Arrow keys move focus between the buttons of one list. */
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

function isSame(a: Selection | null, kind: Selection["kind"], id: string) {
  return a?.kind === kind && a.id === id;
}

/** Missions and the strikes of the current window, synced with the map's selection and hover. */
export function ItemList() {
  const store = useAppStoreApi();
  const missions = useAppStore((s) => s.missions);
  // Deferred: while the slider moves, the list catches up without holding the map's frames.
  const strikes = useDeferredValue(useAppStore(selectVisibleStrikes));
  const selection = useAppStore((s) => s.selection);
  const zone = useAppStore(selectTimeZone);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selection) return;
    const el = listRef.current?.querySelector(
      `[data-key="${selection.kind}:${CSS.escape(selection.id)}"]`,
    );
    el?.scrollIntoView?.({ block: "nearest" });
  }, [selection]);

  // A window of a national data set can hold tens of thousands of strikes: list the first rows
  // (plus the selected strike) and point to the export for the rest.
  const rows = strikes.length > MAX_ROWS ? strikes.slice(0, MAX_ROWS) : strikes;
  const selectedStrike =
    selection?.kind === "strike" ? strikes.find((s) => s.id === selection.id) : undefined;
  const shown = selectedStrike && !rows.includes(selectedStrike) ? [...rows, selectedStrike] : rows;
  const selectedStrikeIndex = selectedStrike ? shown.indexOf(selectedStrike) : -1;

  const choose = (sel: Selection) => {
    store.getState().select(sel, "list");
    store.getState().setPanelTab("details");
  };
  // One tab stop per list (the selected item, else the first); arrow keys move within it.
  const itemProps = (kind: Selection["kind"], id: string, tabStop: boolean) => ({
    type: "button" as const,
    className: "item",
    tabIndex: tabStop ? 0 : -1,
    "data-key": `${kind}:${id}`,
    "aria-pressed": isSame(selection, kind, id),
    onClick: () => choose({ kind, id }),
    onMouseEnter: () => store.getState().setHovered({ kind, id }),
    onMouseLeave: () => store.getState().setHovered(null),
  });

  return (
    <div ref={listRef} className="item-list">
      <h2 id="missions-heading">Missions and sites</h2>
      <ul aria-labelledby="missions-heading" onKeyDown={moveFocus}>
        {missions.map((m, i) => (
          <li key={m.id}>
            <button
              {...itemProps(
                "mission",
                m.id,
                selection?.kind === "mission" && missions.some((x) => x.id === selection.id)
                  ? selection.id === m.id
                  : i === 0,
              )}
            >
              <SymbolIcon spec={MISSION_SYMBOLS[m.kind]} />
              <span className="item-title">{m.name.en}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2 id="strikes-heading">Strikes in the window ({strikes.length})</h2>
      <ExportBar />
      <ul aria-labelledby="strikes-heading" onKeyDown={moveFocus}>
        {shown.map((s, i) => (
          <li key={s.id}>
            <button
              {...itemProps(
                "strike",
                s.id,
                selectedStrikeIndex >= 0 ? selectedStrikeIndex === i : i === 0,
              )}
            >
              <SymbolIcon spec={WEAPON_SYMBOLS[s.weaponClass]} />
              <span className="item-title">{s.name.en}</span>
              <span className="item-meta">{formatAtPrecision(s.tMs, s.timePrecision, zone)}</span>
            </button>
          </li>
        ))}
      </ul>
      {strikes.length > MAX_ROWS ? (
        <p className="hint">
          Listing the first {MAX_ROWS} of {strikes.length} strikes. Narrow the time window, or
          export the window to get them all.
        </p>
      ) : null}
    </div>
  );
}
