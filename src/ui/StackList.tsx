import { useEffect, useRef } from "react";
import { WEAPON_SYMBOLS } from "@/domain/symbols";
import { formatAtPrecision } from "@/lib/format";
import { selectStrikesById } from "@/state/selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { SymbolIcon } from "./SymbolIcon";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/**
 * The strikes behind a count badge on the map (several recorded on one point), listed to choose
 * from. Opens when the badge is clicked (`stackIds`), takes focus, closes on choice or Escape.
 */
export function StackList() {
  const ids = useAppStore((s) => s.stackIds);
  const byId = useAppStore(selectStrikesById);
  const zone = useAppStore(selectTimeZone);
  const store = useAppStoreApi();
  const { t, fmt, name } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ids) heading.current?.focus({ preventScroll: true });
  }, [ids]);
  if (!ids) return null;
  const strikes = ids.flatMap((id) => byId.get(id) ?? []);
  const close = () => store.getState().showStack(null);
  return (
    <section
      className="stack-list"
      aria-label={t("stack.region")}
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
    >
      <h2 ref={heading} tabIndex={-1}>
        {t("stack.heading", { count: strikes.length })}
      </h2>
      <p className="stack-hint">{t("stack.hint")}</p>
      <button type="button" className="stack-close" aria-label={t("stack.close")} onClick={close}>
        ×
      </button>
      <ul>
        {strikes.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="item"
              onClick={() => {
                store.getState().select({ kind: "strike", id: s.id }, "map");
                store.getState().setPanelTab("details");
                close();
              }}
            >
              <SymbolIcon spec={WEAPON_SYMBOLS[s.weaponClass]} />
              <span className="item-title">{name(s.name)}</span>{" "}
              <span className="item-meta">
                {formatAtPrecision(s.tMs, s.timePrecision, zone, s.timeWindow, fmt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
