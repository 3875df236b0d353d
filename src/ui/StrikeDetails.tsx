import type { Strike } from "@/domain/types";
import { TIME_PRECISION_TEXT, WEAPON_LABEL } from "@/i18n/labels";
import type { I18n } from "@/i18n/translator";
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
import { useI18n } from "./use-i18n";

/**
 * The casualties as reported. Nothing reported reads "None reported" for the curated data (its
 * sources were checked for them) but "Not given in the imported file" for an import, whose file
 * may simply have no such column: an absence there is not a report of none.
 */
function casualtiesText(strike: Strike, { t }: Pick<I18n, "t">): string {
  const c = strike.casualties;
  const parts: string[] = [];
  if (c.killed !== undefined) parts.push(t("strike.killed", { count: c.killed }));
  if (c.injured !== undefined) parts.push(t("strike.injured", { count: c.injured }));
  if (c.note) parts.push(c.note);
  if (parts.length > 0) return parts.join(" · ");
  return t(strike.layerId === undefined ? "strike.noCasualties" : "strike.notGiven");
}

/** Everything known about one strike, with its distance and bearing to every mission. */
export function StrikeDetails({ strike }: { strike: Strike }) {
  const store = useAppStoreApi();
  const unit = useAppStore((s) => s.distanceUnit);
  const distances = useAppStore(selectSelectedStrikeDistances);
  const missionsById = useAppStore(selectMissionsById);
  const layer = useRecordLayer(strike);
  const i18n = useI18n();
  const { t, fmt, name } = i18n;
  const nameOf = (id: string) => {
    const mission = missionsById.get(id);
    return mission ? name(mission.name) : id;
  };
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">{name(strike.name)}</h2>
      <OutsideWindowNote strike={strike} />
      {strike.disputed.length > 0 ? (
        <p className="disputed-banner">{t("strike.disputedBanner")}</p>
      ) : null}
      <dl>
        <dt>{t("strike.timeKyiv")}</dt>
        <dd>
          {t("strike.timeKyivValue", {
            time: formatAtPrecision(
              strike.tMs,
              strike.timePrecision,
              "Europe/Kyiv",
              strike.timeWindow,
              fmt,
            ),
            offset: utcOffsetLabel(strike.tMs, "Europe/Kyiv"),
            precision: t(TIME_PRECISION_TEXT[strike.timePrecision]),
          })}
          {isDefaulted(strike, "time-zone")
            ? t("strike.zoneAssumed", { zone: zoneLabel(layer?.zone, i18n) })
            : ""}
        </dd>
        <dt>{t("strike.timeUtc")}</dt>
        <dd>
          {formatAtPrecision(strike.tMs, strike.timePrecision, "UTC", strike.timeWindow, fmt)}
        </dd>
        {strike.timeNote ? (
          <>
            <dt>{t("strike.aboutTime")}</dt>
            <dd>{strike.timeNote}</dd>
          </>
        ) : null}
        <Coordinates lngLat={strike.lngLat} />
        <dt>{t("strike.weapon")}</dt>
        <dd>
          {isDefaulted(strike, "weapon")
            ? t("strike.weaponUnknown")
            : t("strike.weaponValue", {
                weapon: t(WEAPON_LABEL[strike.weaponClass]),
                text: strike.weaponText,
              })}
        </dd>
        <dt>{t("strike.whatHappened")}</dt>
        <dd>{strike.description}</dd>
        <dt>{t("strike.damage")}</dt>
        <dd>{strike.damage || (strike.layerId === undefined ? "" : t("strike.notGiven"))}</dd>
        <dt>{t("strike.casualties")}</dt>
        <dd>{casualtiesText(strike, i18n)}</dd>
        <ProvenanceFields item={strike} />
      </dl>
      {strike.reportedDistances && strike.reportedDistances.length > 0 ? (
        <>
          <h3>{t("strike.reportedDistance")}</h3>
          <ul className="reported-distances">
            {strike.reportedDistances.map((r) => (
              <li key={r.missionId + r.wording}>
                {nameOf(r.missionId)}: {r.wording}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t("strike.distanceHeading")}</h3>
      <p className="table-note">{t("strike.distanceNote")}</p>
      <table className="distances">
        <caption className="visually-hidden">{t("strike.distanceCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("strike.colMission")}</th>
            <th scope="col">{t("strike.colDistance")}</th>
            <th scope="col">{t("strike.colRange")}</th>
            <th scope="col">{t("strike.colBearing")}</th>
          </tr>
        </thead>
        <tbody>
          {distances.map((d) => {
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
                    {nameOf(d.missionId)}
                  </button>
                </th>
                <td className="num">{formatSeparation(d.distanceM, unit, fmt)}</td>
                <td className="num">{formatDistanceInterval(d.minM, d.maxM, unit, fmt)}</td>
                <td className="num">{formatBearingBetween(d.bearingDeg, d.distanceM, fmt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MeasureTo key={strike.id} strike={strike} />
      <h3>{t("common.sources")}</h3>
      <SourceList sources={strike.sources} />
    </article>
  );
}
