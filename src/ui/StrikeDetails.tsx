import { WEAPON_SYMBOLS } from "@/domain/symbols";
import type { Strike } from "@/domain/types";
import {
  formatAtPrecision,
  formatBearingBetween,
  formatDistanceInterval,
  formatSeparation,
  utcOffsetLabel,
} from "@/lib/format";
import { selectMissionsById, selectSelectedStrikeDistances } from "@/state/selectors";
import { Coordinates } from "./Coordinates";
import { isDefaulted, useRecordLayer, zoneLabel } from "./import/use-record-layer";
import { MeasureTo } from "./measure/MeasureTo";
import { OutsideWindowNote } from "./OutsideWindowNote";
import { ProvenanceFields } from "./ProvenanceFields";
import { SourceList } from "./SourceList";
import { useAppStore, useAppStoreApi } from "./store-context";

const TIME_PRECISION_TEXT: Record<Strike["timePrecision"], string> = {
  minute: "to the minute",
  hour: "to the hour",
  day: "date only",
  night: "night only",
  window: "only a reported window",
};

function casualtiesText(c: Strike["casualties"]): string {
  const parts: string[] = [];
  if (c.killed !== undefined) parts.push(`${c.killed} killed`);
  if (c.injured !== undefined) parts.push(`${c.injured} injured`);
  if (c.note) parts.push(c.note);
  return parts.length > 0 ? parts.join(" · ") : "None reported";
}

/** Everything known about one strike, with its distance and bearing to every mission. */
export function StrikeDetails({ strike }: { strike: Strike }) {
  const store = useAppStoreApi();
  const unit = useAppStore((s) => s.distanceUnit);
  const distances = useAppStore(selectSelectedStrikeDistances);
  const missionsById = useAppStore(selectMissionsById);
  const layer = useRecordLayer(strike);
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">{strike.name.en}</h2>
      <OutsideWindowNote strike={strike} />
      {strike.disputed.length > 0 ? (
        <p className="disputed-banner">Disputed facts: see below.</p>
      ) : null}
      <dl>
        <dt>Time (Kyiv)</dt>
        <dd>
          {formatAtPrecision(strike.tMs, strike.timePrecision, "Europe/Kyiv", strike.timeWindow)}{" "}
          (UTC
          {utcOffsetLabel(strike.tMs, "Europe/Kyiv")}), {TIME_PRECISION_TEXT[strike.timePrecision]}
          {isDefaulted(strike, "time-zone") ? `; time zone assumed: ${zoneLabel(layer?.zone)}` : ""}
        </dd>
        <dt>Time (UTC)</dt>
        <dd>{formatAtPrecision(strike.tMs, strike.timePrecision, "UTC", strike.timeWindow)}</dd>
        {strike.timeNote ? (
          <>
            <dt>About the time</dt>
            <dd>{strike.timeNote}</dd>
          </>
        ) : null}
        <Coordinates lngLat={strike.lngLat} />
        <dt>Weapon</dt>
        <dd>
          {isDefaulted(strike, "weapon")
            ? "weapon: unknown (not given)"
            : `${WEAPON_SYMBOLS[strike.weaponClass].label} — as reported: “${strike.weaponText}”`}
        </dd>
        <dt>What happened</dt>
        <dd>{strike.description}</dd>
        <dt>Damage</dt>
        <dd>{strike.damage}</dd>
        <dt>Casualties</dt>
        <dd>{casualtiesText(strike.casualties)}</dd>
        <ProvenanceFields item={strike} />
      </dl>
      {strike.reportedDistances && strike.reportedDistances.length > 0 ? (
        <>
          <h3>Distance as reported</h3>
          <ul className="reported-distances">
            {strike.reportedDistances.map((r) => (
              <li key={r.missionId + r.wording}>
                {missionsById.get(r.missionId)?.name.en ?? r.missionId}: {r.wording}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Distance to each mission</h3>
      <p className="table-note">
        Measured on the WGS84 ellipsoid between the mapped points; the range adds both points'
        uncertainty.
      </p>
      <table className="distances">
        <caption className="visually-hidden">
          Geodesic distance and bearing from this strike
        </caption>
        <thead>
          <tr>
            <th scope="col">Mission</th>
            <th scope="col">Distance</th>
            <th scope="col">Range with uncertainty</th>
            <th scope="col">Bearing</th>
          </tr>
        </thead>
        <tbody>
          {distances.map((d) => {
            const mission = missionsById.get(d.missionId);
            return (
              <tr key={d.missionId}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      store.getState().select({ kind: "mission", id: d.missionId }, "list")
                    }
                  >
                    {mission?.name.en ?? d.missionId}
                  </button>
                </th>
                <td className="num">{formatSeparation(d.distanceM, unit)}</td>
                <td className="num">{formatDistanceInterval(d.minM, d.maxM, unit)}</td>
                <td className="num">{formatBearingBetween(d.bearingDeg, d.distanceM)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MeasureTo key={strike.id} strike={strike} />
      <h3>Sources</h3>
      <SourceList sources={strike.sources} />
    </article>
  );
}
