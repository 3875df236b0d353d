import { useAppStore, useAppStoreApi } from "../store-context";
import { MeasureReadout } from "./MeasureReadout";
import { useMeasureKeys } from "./use-measure-keys";

/** The map's tool buttons (Measure, remove last point, Clear) and the measurement readout. */
export function MeasureToolbar({ children }: { children?: React.ReactNode }) {
  const store = useAppStoreApi();
  const tool = useAppStore((s) => s.tool);
  const count = useAppStore((s) => s.measurePoints.length);
  useMeasureKeys(store);
  const measuring = tool === "measure";
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-buttons" role="toolbar" aria-label="Map tools">
        <button
          type="button"
          aria-pressed={measuring}
          aria-keyshortcuts="M"
          title="Measure distances (M)"
          onClick={() => store.getState().toggleMeasure()}
        >
          Measure
        </button>
        {measuring || count > 0 ? (
          <>
            <button
              type="button"
              disabled={count === 0}
              aria-keyshortcuts="Backspace"
              onClick={() => store.getState().removeLastMeasurePoint()}
            >
              Undo point
            </button>
            <button
              type="button"
              disabled={count === 0}
              onClick={() => store.getState().clearMeasure()}
            >
              Clear
            </button>
          </>
        ) : null}
        {measuring ? (
          <button
            type="button"
            aria-keyshortcuts="Enter Escape"
            onClick={() => store.getState().finishMeasure()}
          >
            Done
          </button>
        ) : null}
        {children}
      </div>
      <MeasureReadout />
    </div>
  );
}
