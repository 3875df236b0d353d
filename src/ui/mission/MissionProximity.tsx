import { NearMissList } from "./NearMissList";
import { RangeRings } from "./RangeRings";
import { SiteHistory } from "./SiteHistory";

/** The selected mission's near misses: range rings, strikes by distance, the whole-history chart. */
export function MissionProximity() {
  return (
    <div className="mission-proximity">
      <NearMissList />
      <RangeRings />
      <SiteHistory />
    </div>
  );
}
