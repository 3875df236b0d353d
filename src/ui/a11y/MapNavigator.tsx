import { type KeyboardEvent, useEffect } from "react";
import { type NavDirection, nextInDirection } from "@/analysis/feature-nav";
import { type NavLabel, navLabelOf, selectNavItems } from "@/state/navigator-selectors";
import type { AppState } from "@/state/store";
import { useAppStore, useAppStoreApi } from "../store-context";
import { A11Y_STRINGS as T } from "./strings";

const DIRECTION: Record<string, NavDirection> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** "Strike: name, date, 420 m from Embassy" — what the option says and the announcer reads. */
export function speak(kind: "strike" | "mission", label: NavLabel): string {
  const parts = [`${kind === "strike" ? T.strike : T.site}: ${label.name}`];
  if (label.date) parts.push(label.date);
  if (label.nearest) parts.push(T.nearestSite(label.nearest.distance, label.nearest.siteName));
  else if (kind === "strike") parts.push(T.noSites);
  return parts.join(", ");
}

const optionId = (kind: string, id: string) => `nav-${kind}-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/**
 * Keyboard and screen-reader access to the map: a listbox of the strikes and sites in view with
 * `aria-activedescendant`; arrows move spatially (see nextInDirection), Enter selects. The map
 * draws a focus ring at the active feature (it reads `navActive` from the store).
 */
export function MapNavigator() {
  const api = useAppStoreApi();
  const items = useAppStore(selectNavItems);
  const active = useAppStore((s) => s.navActive);
  const state = api.getState() as AppState;
  const index = active ? items.findIndex((i) => i.kind === active.kind && i.id === active.id) : -1;

  // A feature that left the view (pan, window, filters) is no longer pointed at.
  useEffect(() => {
    if (active && index < 0) api.getState().setNavActive(null);
  }, [active, index, api]);

  const moveTo = (i: number) => {
    const item = items[i];
    if (!item) return;
    const s = api.getState();
    s.setNavActive({ kind: item.kind, id: item.id });
    const label = navLabelOf(s, item);
    if (label) s.announce(speak(item.kind, label));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const dir = DIRECTION[e.key];
    let next: number | undefined;
    if (dir) next = nextInDirection(items, index, dir);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = items.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      const item = items[index];
      if (!item) return;
      e.preventDefault();
      const s = api.getState();
      s.select({ kind: item.kind, id: item.id }, "list");
      const label = navLabelOf(s, item);
      if (label) s.announce(T.selected(speak(item.kind, label)));
      return;
    } else return;
    e.preventDefault();
    moveTo(next);
  };
  const activeId =
    index >= 0 && items[index] ? optionId(items[index].kind, items[index].id) : undefined;
  return (
    <div className="map-navigator">
      <p id="map-nav-hint" className="visually-hidden">
        {T.navigatorHint} {items.length === 0 ? T.navigatorEmpty : T.navigatorCount(items.length)}
      </p>
      <div
        role="listbox"
        tabIndex={0}
        aria-label={T.navigatorLabel}
        aria-describedby="map-nav-hint"
        aria-activedescendant={activeId}
        className="map-navigator-list"
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (index < 0 && items.length > 0) moveTo(0);
        }}
      >
        {items.map((item, i) => {
          const label = navLabelOf(state, item);
          return (
            // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
            <div
              key={`${item.kind}:${item.id}`}
              id={optionId(item.kind, item.id)}
              role="option"
              aria-selected={i === index}
            >
              {label ? speak(item.kind, label) : item.id}
            </div>
          );
        })}
      </div>
    </div>
  );
}
