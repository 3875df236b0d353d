import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

/** Night mode only: a checkbox to step and play only through nights that have a strike. */
export function SkipEmptyNights() {
  const store = useAppStoreApi();
  const isNightMode = useAppStore((s) => s.windowMode === "night");
  const skip = useAppStore((s) => s.skipEmptyNights);
  const { t } = useI18n();
  if (!isNightMode) return null;
  return (
    <label className="timeline-skip-nights">
      <input
        type="checkbox"
        checked={skip}
        onChange={(e) => store.getState().setSkipEmptyNights(e.target.checked)}
      />{" "}
      {t("timeline.skipNights")}
    </label>
  );
}
