import type { Strike } from "@/domain/types";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/** Says when the shown strike is outside the time window, with a way to bring it into view. */
export function OutsideWindowNote({ strike }: { strike: Strike }) {
  const store = useAppStoreApi();
  const { t } = useI18n();
  const inside = useAppStore(
    (s) => strike.tMs >= s.timeWindow.startMs && strike.tMs < s.timeWindow.endMs,
  );
  if (inside) return null;
  return (
    <p className="outside-note">
      {t("outside.note")}{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => store.getState().applyPreset("24h")}
      >
        {t("outside.show24h")}
      </button>
    </p>
  );
}
