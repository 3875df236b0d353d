import {
  type KeyboardEvent,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { WEAPON_SYMBOLS } from "@/domain/symbols";
import { formatAtPrecision } from "@/lib/format";
import { selectVisibleStrikes } from "@/state/selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { ExportBar } from "./ExportBar";
import { SymbolIcon } from "./SymbolIcon";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";
import { useVirtualRows } from "./use-virtual-rows";

/** Height of one strike row in CSS pixels; `.strike-rows .item` in styles.css matches it. */
export const STRIKE_ROW_PX = 48;
/** Windows of up to this many strikes are listed whole; longer ones are windowed. */
const RENDER_ALL_UP_TO = 150;

const STEP: Record<string, (i: number, count: number, page: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i, _c, page) => i + page,
  PageUp: (i, _c, page) => i - page,
  Home: () => 0,
  End: (_i, count) => count - 1,
};

/**
 * The strikes of the current window, time-ordered, as a windowed list: only the rows in view
 * are rendered, so any window — up to the whole history of a national data set — can be listed
 * and scrolled. One tab stop (the selected strike, else the first rendered row); arrows, Page
 * Up/Down, Home and End move within it.
 */
export function StrikeList({ onChoose }: { onChoose(id: string): void }) {
  const store = useAppStoreApi();
  // Deferred: while the slider moves, the list catches up without holding the map's frames.
  const strikes = useDeferredValue(useAppStore(selectVisibleStrikes));
  const selection = useAppStore((s) => s.selection);
  const zone = useAppStore(selectTimeZone);
  const { t, fmt, name } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const { start, end, firstVisible, pageRows, shown, scrollToRow } = useVirtualRows(
    listRef,
    strikes.length,
    STRIKE_ROW_PX,
    RENDER_ALL_UP_TO,
  );
  const pendingFocus = useRef<number | null>(null);

  const selectedId = selection?.kind === "strike" ? selection.id : undefined;
  const selectedIndex = selectedId ? strikes.findIndex((s) => s.id === selectedId) : -1;

  // The row holding keyboard focus stays rendered while scrolled away, so focus is never lost.
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);

  // A selection made elsewhere (map, link) scrolls its row into view — also when the list was
  // hidden at the time (the phone's List tab) and is shown later.
  useEffect(() => {
    if (selectedIndex >= 0 && shown) scrollToRow(selectedIndex);
  }, [selectedIndex, scrollToRow, shown]);

  // Keyboard moves to rows not yet rendered: focus them once they are.
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (want === null || want < start || want >= end) return;
    pendingFocus.current = null;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${want}"]`)?.focus();
  });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const step = STEP[e.key];
    if (!step || strikes.length === 0) return;
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.index ?? start);
    const next = Math.max(0, Math.min(strikes.length - 1, step(current, strikes.length, pageRows)));
    e.preventDefault();
    pendingFocus.current = next;
    scrollToRow(next);
  };

  const rendered = (i: number) => (i >= start && i < end) || i === focusedIndex;
  const tabStop =
    focusedIndex !== null && focusedIndex < strikes.length
      ? focusedIndex
      : selectedIndex >= 0 && rendered(selectedIndex)
        ? selectedIndex
        : firstVisible;
  const indices: number[] = [];
  if (focusedIndex !== null && focusedIndex < start && focusedIndex < strikes.length)
    indices.push(focusedIndex);
  for (let i = start; i < end; i++) indices.push(i);
  if (focusedIndex !== null && focusedIndex >= end && focusedIndex < strikes.length)
    indices.push(focusedIndex);
  return (
    <>
      <h2 id="strikes-heading">{t("list.strikesHeading", { count: strikes.length })}</h2>
      <ExportBar />
      <ul
        ref={listRef}
        className="strike-rows"
        aria-labelledby="strikes-heading"
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const index = (e.target as HTMLElement).dataset.index;
          if (index !== undefined) setFocusedIndex(Number(index));
        }}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusedIndex(null);
        }}
        style={{ height: strikes.length * STRIKE_ROW_PX }}
      >
        {indices.map((index) => {
          const s = strikes[index];
          if (!s) return null;
          return (
            <li
              key={s.id}
              aria-setsize={strikes.length}
              aria-posinset={index + 1}
              style={{ top: index * STRIKE_ROW_PX }}
            >
              <button
                type="button"
                className="item"
                tabIndex={index === tabStop ? 0 : -1}
                data-key={`strike:${s.id}`}
                data-index={index}
                aria-pressed={s.id === selectedId}
                onClick={() => onChoose(s.id)}
                onMouseEnter={() => store.getState().setHovered({ kind: "strike", id: s.id })}
                onMouseLeave={() => store.getState().setHovered(null)}
              >
                <SymbolIcon spec={WEAPON_SYMBOLS[s.weaponClass]} />
                <span className="item-title" title={name(s.name)}>
                  {name(s.name)}
                </span>{" "}
                <span className="item-meta">
                  {formatAtPrecision(s.tMs, s.timePrecision, zone, s.timeWindow, fmt)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
