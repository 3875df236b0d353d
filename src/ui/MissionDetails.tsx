import { MISSION_SYMBOLS } from "@/domain/symbols";
import type { Mission } from "@/domain/types";
import { permalinkOf } from "@/state/url-state";
import { Coordinates } from "./Coordinates";
import { MissionProximity } from "./mission/MissionProximity";
import { ProvenanceFields } from "./ProvenanceFields";
import { SourceList } from "./SourceList";
import { useAppStore } from "./store-context";

/** Everything known about one mission or site. */
export function MissionDetails({ mission }: { mission: Mission }) {
  const briefHref = useAppStore((s) => permalinkOf({ ...s, briefMode: true }));
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
        <Coordinates lngLat={mission.lngLat} />
        <dt>About</dt>
        <dd>{mission.description}</dd>
        <ProvenanceFields item={mission} />
      </dl>
      <p>
        <a className="brief-open" href={briefHref} target="_blank" rel="noopener">
          Brief
        </a>{" "}
        <span className="hint">
          a printable page: this site, the window's strikes within the ring radii, its history
        </span>
      </p>
      <MissionProximity />
      <h3>Sources</h3>
      <SourceList sources={mission.sources} />
    </article>
  );
}
