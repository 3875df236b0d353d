import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { MeasureReadout } from "./MeasureReadout";
import { useMeasureKeys } from "./use-measure-keys";

/** The map's tool buttons (Measure, remove last point, Clear) and the measurement readout. */
export function MeasureToolbar({ children }: { children?: React.ReactNode }) {
  const store = useAppStoreApi();
  const tool = useAppStore((s) => s.tool);
  const count = useAppStore((s) => s.measurePoints.length);
  useMeasureKeys(store);
  const { t } = useI18n();
  const measuring = tool === "measure";
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-buttons" role="toolbar" aria-label={t("measure.tools")}>
        <button
          type="button"
          aria-pressed={measuring}
          aria-keyshortcuts="M"
          title={t("measure.title")}
          onClick={() => store.getState().toggleMeasure()}
        >
          {t("measure.button")}
        </button>
        {measuring || count > 0 ? (
          <>
            <button
              type="button"
              disabled={count === 0}
              aria-keyshortcuts="Backspace"
              onClick={() => store.getState().removeLastMeasurePoint()}
            >
              {t("measure.undo")}
            </button>
            <button
              type="button"
              disabled={count === 0}
              onClick={() => store.getState().clearMeasure()}
            >
              {t("measure.clear")}
            </button>
          </>
        ) : null}
        {measuring ? (
          <button
            type="button"
            aria-keyshortcuts="Enter Escape"
            onClick={() => store.getState().finishMeasure()}
          >
            {t("measure.done")}
          </button>
        ) : null}
        {children}
      </div>
      <MeasureReadout />
    </div>
  );
}
