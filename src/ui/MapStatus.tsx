import { useEffect, useState } from "react";
import { selectVisibleStrikeCount } from "@/state/selectors";
import { useAppStore } from "./store-context";
import { useI18n } from "./use-i18n";

/** How long "Map ready…" stays in sight before it steps aside (it stays announced). */
export const READY_VISIBLE_MS = 4000;

/**
 * Hides the ready chip once it has been read: a few seconds after the map is ready, or at the
 * reader's first pointer, wheel or key action, whichever comes first. Any other status shows again.
 */
function useReadyRead(ready: boolean): boolean {
  const [read, setRead] = useState(false);
  useEffect(() => {
    if (!ready) {
      setRead(false);
      return;
    }
    const done = () => setRead(true);
    const timer = setTimeout(done, READY_VISIBLE_MS);
    const events = ["pointerdown", "wheel", "keydown"] as const;
    for (const type of events) window.addEventListener(type, done, { once: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, done);
    };
  }, [ready]);
  return ready && read;
}

/** Polite status text for the map region, read by assistive tech and by tests. */
export function MapStatus() {
  const status = useAppStore((s) => s.mapStatus);
  const message = useAppStore((s) => s.mapMessage);
  const missions = useAppStore((s) => s.missions.length);
  const strikes = useAppStore(selectVisibleStrikeCount);
  const beyond = useAppStore((s) => s.beyondBasemapDetail);
  const [noteDismissed, setNoteDismissed] = useState(false);
  const read = useReadyRead(status === "ready");
  const { t } = useI18n();
  let text = t("mapStatus.loading");
  if (status === "ready") text = t("mapStatus.ready", { missions, strikes });
  if (status === "no-webgl" || status === "error") text = message ?? t("mapStatus.unavailable");
  if (status === "restoring") text = message ?? t("mapStatus.redrawing");
  return (
    <>
      <p
        role="status"
        className={`map-status map-status-${status}${read ? " map-status-read" : ""}`}
      >
        {text}
        {status === "no-webgl" ? t("mapStatus.listStillWorks") : ""}
      </p>
      {beyond && status === "ready" && !noteDismissed ? (
        <p className="street-note">
          <span>{t("mapStatus.noStreetDetail")}</span>
          <button
            type="button"
            aria-label={t("mapStatus.dismissStreetNote")}
            onClick={() => setNoteDismissed(true)}
          >
            ×
          </button>
        </p>
      ) : null}
    </>
  );
}
