import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { search } from "@/analysis/search";
import type { MessageKey } from "@/i18n/translator";
import { searchIndexOf, warmSearchIndex } from "@/state/search-selectors";
import { selectMissionsById, selectStrikesById } from "@/state/selectors";
import { useIsPhone } from "./phone";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

const isTyping = (el: Element | null) =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable);

const FIELD: Record<string, MessageKey> = {
  name: "search.field.name",
  place: "search.field.place",
  weapon: "search.field.weapon",
  date: "search.field.date",
  source: "search.field.source",
};

/**
 * Search strikes and sites by name (any language of the data), place, weapon wording, source or
 * date. `/` focuses the field; arrows move through the ranked results, Enter selects one.
 */
export function SearchBox() {
  const store = useAppStoreApi();
  const phone = useIsPhone();
  const strikes = useAppStore((s) => s.strikes);
  const missions = useAppStore((s) => s.missions);
  const strikesById = useAppStore(selectStrikesById);
  const missionsById = useAppStore(selectMissionsById);
  const { t, name } = useI18n();
  const labelOf = (hit: { kind: "strike" | "mission"; id: string; label: string }) => {
    const record = (hit.kind === "strike" ? strikesById : missionsById).get(hit.id);
    return record ? name(record.name) : hit.label;
  };
  const [query, setQuery] = useState("");
  // The index is built only once the search is used, in slices between frames (an import of
  // 100k records never waits for it, and no task runs long): see warmSearchIndex.
  const [wanted, setWanted] = useState(false);
  const [readyFor, setReadyFor] = useState<{ strikes: unknown; missions: unknown }>();
  useEffect(() => {
    if (!wanted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (warmSearchIndex(strikes, missions)) setReadyFor({ strikes, missions });
      else timer = setTimeout(step, 0);
    };
    step();
    return () => clearTimeout(timer);
  }, [wanted, strikes, missions]);
  const ready = readyFor?.strikes === strikes && readyFor.missions === missions;
  const docs = useMemo(
    () => (ready ? searchIndexOf(strikes, missions) : []),
    [ready, strikes, missions],
  );
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(() => search(docs, query, 12), [docs, query]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || isTyping(document.activeElement))
        return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    const state = store.getState();
    state.select({ kind: hit.kind, id: hit.id }, "list");
    state.setPanelTab("details");
    setOpen(false);
    setQuery(labelOf(hit));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (hits.length ? (a + step + hits.length) % hits.length : 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(active);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };
  const shown = open && query.trim() !== "";
  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t("search.label")}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? `${listId}-${active}` : undefined}
        // Phones have no "/" key to press, and the narrow field cut the hint off mid-word.
        placeholder={t(phone ? "search.placeholderShort" : "search.placeholder")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setWanted(true);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          setOpen(true);
          setWanted(true);
        }}
      />
      <div id={listId} role="listbox" aria-label={t("search.results")} hidden={!shown}>
        {shown && hits.length === 0 ? (
          <div className="search-empty">{ready ? t("search.noMatches") : t("search.indexing")}</div>
        ) : null}
        {shown
          ? hits.map((h, i) => (
              <div
                key={`${h.kind}:${h.id}`}
                tabIndex={-1}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(i);
                }}
              >
                <span className="search-kind">
                  {h.kind === "mission" ? t("search.site") : t("search.strike")}
                </span>{" "}
                {labelOf(h)}
                <span className="search-field">
                  {" "}
                  · {FIELD[h.field] ? t(FIELD[h.field] as MessageKey) : h.field}
                </span>
              </div>
            ))
          : null}
      </div>
    </div>
  );
}
