import { selectVisibleStrikeCount } from "@/state/selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore } from "../store-context";
import { useI18n } from "../use-i18n";
import { zoneLabel } from "../zone";
import { windowCountLabel } from "./time-format";

/**
 * "12 strikes · 13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)". Not a live region: the Announcer
 * says the window once it settles (see StatusAnnouncements), not at every step of a drag.
 */
export function WindowCount() {
  const count = useAppStore(selectVisibleStrikeCount);
  const win = useAppStore((s) => s.timeWindow);
  const zone = useAppStore(selectTimeZone);
  const i18n = useI18n();
  const label = zoneLabel(
    useAppStore((s) => s.zoneMode),
    i18n,
  );
  return <p className="timeline-count">{windowCountLabel(count, win, zone, label, i18n)}</p>;
}
