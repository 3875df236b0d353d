import { MISSION_SYMBOLS } from "@/domain/symbols";
import type { Mission } from "@/domain/types";
import { MissionProximity } from "./mission/MissionProximity";
import { ProvenanceFields } from "./ProvenanceFields";
import { SourceList } from "./SourceList";

/** Everything known about one mission or site. */
export function MissionDetails({ mission }: { mission: Mission }) {
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">{mission.name.en}</h2>
      {mission.name.az || mission.name.uk ? (
        <p className="alt-names" lang="az">
          {[mission.name.az, mission.name.uk].filter(Boolean).join(" · ")}
        </p>
      ) : null}
      {mission.flag ? <p className="flag-note">{mission.flag}</p> : null}
      <dl>
        <dt>Kind</dt>
        <dd>{MISSION_SYMBOLS[mission.kind].label}</dd>
        {mission.address ? (
          <>
            <dt>Address</dt>
            <dd>{mission.address}</dd>
          </>
        ) : null}
        <dt>About</dt>
        <dd>{mission.description}</dd>
        <ProvenanceFields item={mission} />
      </dl>
      <MissionProximity />
      <h3>Sources</h3>
      <SourceList sources={mission.sources} />
    </article>
  );
}
