import type { MouseEvent } from "react";
import type { MessageKey } from "@/i18n/translator";
import { useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/** Targets of the skip links: the region's id, and the phone tab that shows it (if any). */
const TARGETS = [
  { id: "list-panel", label: "skip.list", tab: "list" },
  { id: "timeline", label: "skip.timeline", tab: undefined },
] as const satisfies readonly { id: string; label: MessageKey; tab: "list" | undefined }[];

const FOCUSABLE = "button, [href], input, select, textarea, [tabindex]";

/** The region itself when it takes focus, else its first visible focusable control. */
function focusTarget(region: HTMLElement): HTMLElement | undefined {
  if (region.tabIndex >= -1 && region.hasAttribute("tabindex")) return region;
  for (const el of region.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (el.tabIndex >= 0 && el.getClientRects().length > 0) return el;
  }
  return undefined;
}

/**
 * Skip links that move focus without touching the URL: the hash holds the app's shareable state, so an
 * in-page anchor must never write `#list-panel` into it. The href stays for semantics (and no-JS).
 */
export function SkipLinks() {
  const store = useAppStoreApi();
  const { t } = useI18n();
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string, tab: "list" | undefined) => {
    e.preventDefault();
    if (tab) store.getState().setPanelTab(tab);
    // The tab switch may un-hide the target: focus once React has committed it.
    requestAnimationFrame(() => {
      const region = document.getElementById(id);
      if (region) focusTarget(region)?.focus();
    });
  };
  return (
    <nav className="skip-links" aria-label={t("skip.nav")}>
      {TARGETS.map((target) => (
        <a key={target.id} href={`#${target.id}`} onClick={(e) => go(e, target.id, target.tab)}>
          {t(target.label)}
        </a>
      ))}
    </nav>
  );
}
