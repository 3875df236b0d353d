import type { WindowPreset } from "@/analysis/time-windows";
import { PLAY_SPEEDS } from "@/state/playback";
import type { PlaySpeed, WindowMode } from "@/state/slices/time-slice";
import { selectTimelineDomain, selectTimelineView } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { SkipEmptyNights } from "./SkipEmptyNights";
import { viewAround, zoomView } from "./track-math";

const PRESETS: ReadonlyArray<[WindowPreset, string, string]> = [
  ["night", "Night", "One night, 18:00 to 06:00"],
  ["24h", "24 h", "24 hours"],
  ["7d", "7 days", "7 days"],
  ["30d", "30 days", "30 days"],
  ["all", "All", "The whole history"],
];
const MODES: ReadonlyArray<[WindowMode, string]> = [
  ["moving", "Moving window"],
  ["cumulative", "Cumulative"],
  ["night", "Night by night"],
];

/** A step arrow drawn as SVG (the UI font has no media-control glyphs). */
function StepIcon({ direction }: { direction: 1 | -1 }) {
  return (
    <svg className="timeline-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={direction === 1 ? "M3 3l7 5-7 5zM11 3h2v10h-2z" : "M13 3L6 8l7 5zM3 3h2v10H3z"} />
    </svg>
  );
}

/** Play, step, speed, mode, window presets and timeline zoom. */
export function Controls() {
  const store = useAppStoreApi();
  const isPlaying = useAppStore((s) => s.isPlaying);
  const speed = useAppStore((s) => s.playSpeed);
  const mode = useAppStore((s) => s.windowMode);
  const zoomed = useAppStore((s) => s.timelineView !== undefined);
  const act = () => store.getState();
  const zoom = (factor: number) => {
    const s = act();
    const view = selectTimelineView(s);
    const w = s.timeWindow;
    const center = Math.min(view.endMs, Math.max(view.startMs, (w.startMs + w.endMs) / 2));
    const next = zoomView(view, factor, center, selectTimelineDomain(s));
    const domain = selectTimelineDomain(s);
    s.setTimelineView(
      next.startMs === domain.startMs && next.endMs === domain.endMs ? undefined : next,
    );
  };
  return (
    <div className="timeline-controls">
      <fieldset className="timeline-group">
        <legend className="visually-hidden">Playback</legend>
        <button type="button" aria-label="Previous window" onClick={() => act().stepWindow(-1)}>
          <StepIcon direction={-1} />
        </button>
        <button
          type="button"
          className="timeline-play"
          onClick={() => act().setPlaying(!isPlaying)}
        >
          {isPlaying ? "Pause" : "Play"}
        </button>
        <button type="button" aria-label="Next window" onClick={() => act().stepWindow(1)}>
          <StepIcon direction={1} />
        </button>
        <label>
          <span className="visually-hidden">Speed</span>
          <select value={speed} onChange={(e) => act().setPlaySpeed(e.target.value as PlaySpeed)}>
            {Object.entries(PLAY_SPEEDS).map(([id, s]) => (
              <option key={id} value={id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">Mode</span>
          <select value={mode} onChange={(e) => act().setWindowMode(e.target.value as WindowMode)}>
            {MODES.map(([id, text]) => (
              <option key={id} value={id}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <SkipEmptyNights />
      </fieldset>
      <fieldset className="timeline-group">
        <legend className="visually-hidden">Window presets</legend>
        {PRESETS.map(([id, text, title]) => (
          <button key={id} type="button" title={title} onClick={() => act().applyPreset(id)}>
            {text}
          </button>
        ))}
      </fieldset>
      <fieldset className="timeline-group">
        <legend className="visually-hidden">Timeline zoom</legend>
        <button type="button" aria-label="Zoom timeline in" onClick={() => zoom(1 / 3)}>
          +
        </button>
        <button type="button" aria-label="Zoom timeline out" onClick={() => zoom(3)}>
          −
        </button>
        <button
          type="button"
          onClick={() => {
            const s = act();
            s.setTimelineView(viewAround(s.timeWindow, selectTimelineDomain(s)));
          }}
        >
          Fit window
        </button>
        <button type="button" disabled={!zoomed} onClick={() => act().setTimelineView(undefined)}>
          Whole history
        </button>
      </fieldset>
    </div>
  );
}
