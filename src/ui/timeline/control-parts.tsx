import type { WindowPreset } from "@/analysis/time-windows";
import type { MessageKey } from "@/i18n/translator";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

const PRESETS: ReadonlyArray<[WindowPreset, MessageKey, MessageKey]> = [
  ["night", "timeline.presetNight", "timeline.presetNightTitle"],
  ["24h", "timeline.preset24h", "timeline.preset24hTitle"],
  ["7d", "timeline.preset7d", "timeline.preset7d"],
  ["30d", "timeline.preset30d", "timeline.preset30d"],
  ["all", "timeline.presetAll", "timeline.presetAllTitle"],
];

/** A step arrow drawn as SVG (the UI font has no media-control glyphs). */
function StepIcon({ direction }: { direction: 1 | -1 }) {
  return (
    <svg className="timeline-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={direction === 1 ? "M3 3l7 5-7 5zM11 3h2v10h-2z" : "M13 3L6 8l7 5zM3 3h2v10H3z"} />
    </svg>
  );
}

/** Moves the window one step back or on. */
export function StepButton({ direction }: { direction: 1 | -1 }) {
  const store = useAppStoreApi();
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="timeline-step"
      aria-label={t(direction === 1 ? "timeline.next" : "timeline.previous")}
      onClick={() => store.getState().stepWindow(direction)}
    >
      <StepIcon direction={direction} />
    </button>
  );
}

/** Play or pause the window's playback. */
export function PlayButton() {
  const store = useAppStoreApi();
  const isPlaying = useAppStore((s) => s.isPlaying);
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="timeline-play"
      onClick={() => store.getState().setPlaying(!isPlaying)}
    >
      {isPlaying ? t("timeline.pause") : t("timeline.play")}
    </button>
  );
}

/** The window presets (one night, 24 h, 7 and 30 days, all), each a button. */
export function PresetButtons() {
  const store = useAppStoreApi();
  const { t } = useI18n();
  return PRESETS.map(([id, text, title]) => (
    <button
      key={id}
      type="button"
      title={t(title)}
      onClick={() => store.getState().applyPreset(id)}
    >
      {t(text)}
    </button>
  ));
}
