import type { WindowPreset } from "@/analysis/time-windows";
import type { MessageKey } from "@/i18n/translator";
import { PLAY_SPEEDS } from "@/state/playback";
import type { PlaySpeed, WindowMode } from "@/state/slices/time-slice";
import { selectTimelineDomain, selectTimelineView } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { SkipEmptyNights } from "./SkipEmptyNights";
import { viewAround, zoomView } from "./track-math";

const PRESETS: ReadonlyArray<[WindowPreset, MessageKey, MessageKey]> = [
  ["night", "timeline.presetNight", "timeline.presetNightTitle"],
  ["24h", "timeline.preset24h", "timeline.preset24hTitle"],
  ["7d", "timeline.preset7d", "timeline.preset7d"],
  ["30d", "timeline.preset30d", "timeline.preset30d"],
  ["all", "timeline.presetAll", "timeline.presetAllTitle"],
];
const MODES: ReadonlyArray<[WindowMode, MessageKey]> = [
  ["moving", "timeline.modeMoving"],
  ["cumulative", "timeline.modeCumulative"],
  ["night", "timeline.modeNight"],
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
        <button
          type="button"
          aria-label={t("timeline.previous")}
          onClick={() => act().stepWindow(-1)}
        >
          <StepIcon direction={-1} />
        </button>
        <button
          type="button"
          className="timeline-play"
          onClick={() => act().setPlaying(!isPlaying)}
        >
          {isPlaying ? t("timeline.pause") : t("timeline.play")}
        </button>
        <button type="button" aria-label={t("timeline.next")} onClick={() => act().stepWindow(1)}>
          <StepIcon direction={1} />
        </button>
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
      <fieldset className="timeline-group">
        <legend className="visually-hidden">{t("timeline.presets")}</legend>
        {PRESETS.map(([id, text, title]) => (
          <button key={id} type="button" title={t(title)} onClick={() => act().applyPreset(id)}>
            {t(text)}
          </button>
        ))}
      </fieldset>
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
