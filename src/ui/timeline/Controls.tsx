import type { MessageKey } from "@/i18n/translator";
import { PLAY_SPEEDS } from "@/state/playback";
import type { PlaySpeed, WindowMode } from "@/state/slices/time-slice";
import { selectTimelineDomain, selectTimelineView } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { PlayButton, PresetButtons, StepButton } from "./control-parts";
import { SkipEmptyNights } from "./SkipEmptyNights";
import { viewAround, zoomView } from "./track-math";

const MODES: ReadonlyArray<[WindowMode, MessageKey]> = [
  ["moving", "timeline.modeMoving"],
  ["cumulative", "timeline.modeCumulative"],
  ["night", "timeline.modeNight"],
];

/**
 * Play, step, speed, mode, window presets and timeline zoom. `compact` (phones) leaves out play,
 * step and presets, which the phone's time control shows beside the scrubber.
 */
export function Controls({ compact = false }: { compact?: boolean }) {
  const store = useAppStoreApi();
  const speed = useAppStore((s) => s.playSpeed);
  const mode = useAppStore((s) => s.windowMode);
  const zoomed = useAppStore((s) => s.timelineView !== undefined);
  const { t } = useI18n();
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
        <legend className="visually-hidden">{t("timeline.playback")}</legend>
        {compact ? null : (
          <>
            <StepButton direction={-1} />
            <PlayButton />
            <StepButton direction={1} />
          </>
        )}
        <label>
          <span className="visually-hidden">{t("timeline.speed")}</span>
          <select value={speed} onChange={(e) => act().setPlaySpeed(e.target.value as PlaySpeed)}>
            {Object.entries(PLAY_SPEEDS).map(([id, s]) => (
              <option key={id} value={id}>
                {t(s.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t("timeline.mode")}</span>
          <select value={mode} onChange={(e) => act().setWindowMode(e.target.value as WindowMode)}>
            {MODES.map(([id, text]) => (
              <option key={id} value={id}>
                {t(text)}
              </option>
            ))}
          </select>
        </label>
        <SkipEmptyNights />
      </fieldset>
      {compact ? null : (
        <fieldset className="timeline-group">
          <legend className="visually-hidden">{t("timeline.presets")}</legend>
          <PresetButtons />
        </fieldset>
      )}
      <fieldset className="timeline-group">
        <legend className="visually-hidden">{t("timeline.zoom")}</legend>
        <button type="button" aria-label={t("timeline.zoomIn")} onClick={() => zoom(1 / 3)}>
          +
        </button>
        <button type="button" aria-label={t("timeline.zoomOut")} onClick={() => zoom(3)}>
          −
        </button>
        <button
          type="button"
          onClick={() => {
            const s = act();
            s.setTimelineView(viewAround(s.timeWindow, selectTimelineDomain(s)));
          }}
        >
          {t("timeline.fit")}
        </button>
        <button type="button" disabled={!zoomed} onClick={() => act().setTimelineView(undefined)}>
          {t("timeline.wholeHistory")}
        </button>
      </fieldset>
    </div>
  );
}
