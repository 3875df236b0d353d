import { type KeyboardEvent, useEffect, useState } from "react";
import { bindPlayback } from "@/state/playback";
import type { AppState } from "@/state/store";
import { selectTimelineDomain } from "@/state/time-selectors";
import { useIsPhone } from "../phone";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { Controls } from "./Controls";
import { PhoneTimeline } from "./PhoneTimeline";
import { Track } from "./Track";
import { WindowCount } from "./WindowCount";
import { WindowForm } from "./WindowForm";

const hasDomainOf = (s: AppState): boolean => {
  const d = selectTimelineDomain(s);
  return d.endMs > d.startMs;
};

const NO_SPACE_TOGGLE = new Set(["BUTTON", "INPUT", "SELECT", "TEXTAREA", "A", "SUMMARY"]);

/**
 * The time slider: histogram of strikes per bin, a brushable window with keyboard handles,
 * presets, modes, playback and diplomatic-event markers. Space plays or pauses while it has focus.
 * Phones get a compact control that is always open (PhoneTimeline).
 */
export function Timeline() {
  const store = useAppStoreApi();
  const hasDomain = useAppStore(hasDomainOf);
  // Until the data is in, a placeholder holds the slider's place (see TimelineLoading).
  const loading = useAppStore(
    (s) => !hasDomainOf(s) && (s.dataStatus === "idle" || s.dataStatus === "loading"),
  );
  const phone = useIsPhone();
  const [collapsed, setCollapsed] = useState(false);
  const [exactOpen, setExactOpen] = useState(false);
  const { t } = useI18n();
  useEffect(
    () =>
      bindPlayback(
        store,
        undefined,
        () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false,
      ),
    [store],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== " " || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (NO_SPACE_TOGGLE.has(target.tagName) || target.isContentEditable) return;
    e.preventDefault();
    const state = store.getState();
    state.setPlaying(!state.isPlaying);
  };
  return (
    <section
      className="timeline"
      id="timeline"
      aria-label={t("timeline.region")}
      data-collapsed={collapsed}
      data-exact={exactOpen}
      data-loading={loading}
      onKeyDown={onKeyDown}
    >
      {loading ? (
        <p className="timeline-count" role="status">
          {t("timeline.loading")}
        </p>
      ) : phone && hasDomain ? (
        <PhoneTimeline />
      ) : (
        <DesktopTimeline
          hasDomain={hasDomain}
          collapsed={collapsed}
          setCollapsed={setCollapsed}
          exactOpen={exactOpen}
          setExactOpen={setExactOpen}
        />
      )}
    </section>
  );
}
interface DesktopProps {
  readonly hasDomain: boolean;
  readonly collapsed: boolean;
  readonly setCollapsed: (collapsed: boolean) => void;
  readonly exactOpen: boolean;
  readonly setExactOpen: (open: boolean) => void;
}

/** The full time slider (wider screens): controls in rows above the track. */
function DesktopTimeline({
  hasDomain,
  collapsed,
  setCollapsed,
  exactOpen,
  setExactOpen,
}: DesktopProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="timeline-head">
        <button
          type="button"
          className="timeline-toggle"
          aria-expanded={!collapsed}
          aria-controls="timeline-body"
          onClick={() => setCollapsed(!collapsed)}
        >
          {t("timeline.toggle")}
        </button>
        {hasDomain ? <WindowCount /> : <p className="timeline-count">{t("timeline.noDates")}</p>}
        {hasDomain ? (
          <button
            type="button"
            className="timeline-exact-toggle"
            aria-expanded={exactOpen}
            onClick={() => setExactOpen(!exactOpen)}
          >
            {t("timeline.exactTimes")}
          </button>
        ) : null}
        {hasDomain ? <WindowForm /> : null}
      </div>
      {hasDomain ? (
        <div id="timeline-body" className="timeline-body">
          <Controls />
          <Track />
        </div>
      ) : null}
    </>
  );
}
