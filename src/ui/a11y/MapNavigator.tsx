import { type KeyboardEvent, memo, useDeferredValue, useEffect, useState } from "react";
import type { NavItem } from "@/analysis/feature-nav";
import { type NavDirection, nextInDirection } from "@/analysis/feature-nav";
import type { I18n } from "@/i18n/translator";
import { type NavLabel, navLabelOf, selectNavItems } from "@/state/navigator-selectors";
import type { AppState } from "@/state/store";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

const DIRECTION: Record<string, NavDirection> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** "Strike: name, date, 420 m from Embassy" — what the option says and the announcer reads. */
export function speak(kind: "strike" | "mission", label: NavLabel, { t }: Pick<I18n, "t">): string {
  const parts = [`${kind === "strike" ? t("nav.strike") : t("nav.site")}: ${label.name}`];
  if (label.date) parts.push(label.date);
  if (label.nearest)
    parts.push(
      t("nav.nearestSite", { distance: label.nearest.distance, name: label.nearest.siteName }),
    );
  else if (kind === "strike") parts.push(t("nav.noSites"));
  return parts.join(", ");
}

const NONE: readonly NavItem[] = [];
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
  const i18n = useI18n();
  const { t } = i18n;
  const state = api.getState() as AppState;
  // The options exist only while the listbox has focus (they are read through it, by
  // aria-activedescendant): up to 300 lines of text laid out on every window step cost a scrub
  // ~20 ms of layout per frame. While focused they render from a deferred copy, in the background
  // between frames rather than in the pointer event.
  const [focused, setFocused] = useState(false);
  const shown = useDeferredValue(focused ? items : NONE);
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
    if (label) s.announce(speak(item.kind, label, i18n));
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
      // On phones the details are a tab of their own: show them, as a map tap does.
      s.setPanelTab("details");
      const label = navLabelOf(s, item);
      if (label) s.announce(t("nav.selected", { label: speak(item.kind, label, i18n) }));
      return;
    } else return;
    e.preventDefault();
    moveTo(next);
  };
  const activeItem = index >= 0 ? items[index] : undefined;
  // Points only at an option that is rendered (the deferred list can be a render behind).
  const activeId =
    activeItem && shown.includes(activeItem) ? optionId(activeItem.kind, activeItem.id) : undefined;
  return (
    <div className="map-navigator">
      <p id="map-nav-hint" className="visually-hidden">
        {t("nav.hint")}{" "}
        {items.length === 0 ? t("nav.empty") : t("nav.count", { count: items.length })}
      </p>
      <div
        role="listbox"
        tabIndex={0}
        aria-label={t("nav.label")}
        aria-describedby="map-nav-hint"
        aria-activedescendant={activeId}
        className="map-navigator-list"
        onKeyDown={onKeyDown}
        onBlur={() => setFocused(false)}
        onFocus={() => {
          setFocused(true);
          if (index < 0 && items.length > 0) moveTo(0);
        }}
      >
        <NavOptions
          items={shown}
          activeId={activeId}
          i18n={i18n}
          unit={state.distanceUnit}
          zoneMode={state.zoneMode}
        />
      </div>
    </div>
  );
}

/**
 * The listbox's options; memoised on what their text depends on (the list, the active option,
 * language, distance unit and time zone), so other store changes skip them.
 */
const NavOptions = memo(function NavOptions({
  items,
  activeId,
  i18n,
}: {
  items: readonly NavItem[];
  activeId: string | undefined;
  i18n: I18n;
  unit: AppState["distanceUnit"];
  zoneMode: AppState["zoneMode"];
}) {
  const state = useAppStoreApi().getState() as AppState;
  return items.map((item) => {
    const label = navLabelOf(state, item);
    const id = optionId(item.kind, item.id);
    return (
      // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
      <div key={`${item.kind}:${item.id}`} id={id} role="option" aria-selected={id === activeId}>
        {label ? speak(item.kind, label, i18n) : item.id}
      </div>
    );
  });
});
