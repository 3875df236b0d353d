import { NearMissList } from "./NearMissList";
import { NightChart } from "./NightChart";
import { RangeRings } from "./RangeRings";

/** The selected mission's near misses: range rings, strikes by distance, the per-night history. */
export function MissionProximity() {
  return (
    <div className="mission-proximity">
      <NearMissList />
      <RangeRings />
      <NightChart />
    </div>
  );
}
