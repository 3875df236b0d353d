import { useState } from "react";
import { selectVisibleStrikeCount } from "@/state/selectors";
import { useAppStore } from "./store-context";

/** Polite status text for the map region, read by assistive tech and by tests. */
export function MapStatus() {
  const status = useAppStore((s) => s.mapStatus);
  const message = useAppStore((s) => s.mapMessage);
  const missions = useAppStore((s) => s.missions.length);
  const strikes = useAppStore(selectVisibleStrikeCount);
  const beyond = useAppStore((s) => s.beyondBasemapDetail);
  const [noteDismissed, setNoteDismissed] = useState(false);
  let text = "Loading map…";
  if (status === "ready")
    text = `Map ready: ${missions} missions and sites, ${strikes} strikes shown.`;
  if (status === "no-webgl" || status === "error") text = message ?? "The map is unavailable.";
  if (status === "restoring") text = message ?? "Redrawing the map…";
  return (
    <>
      <p role="status" className={`map-status map-status-${status}`}>
        {text}
        {status === "no-webgl" ? " The list and details still work." : ""}
      </p>
      {beyond && status === "ready" && !noteDismissed ? (
        <p className="street-note">
          <span>
            No street detail in the built-in basemap at this zoom (needs a street basemap).
          </span>
          <button
            type="button"
            aria-label="Dismiss the street detail note"
            onClick={() => setNoteDismissed(true)}
          >
            ×
          </button>
        </p>
      ) : null}
    </>
  );
}
