import type { Mission } from "@/domain/types";
import { MISSION_KIND_LABEL } from "@/i18n/labels";
import { LOCALES } from "@/i18n/locales";
import { permalinkOf } from "@/state/url-state";
import { Coordinates } from "./Coordinates";
import { MissionProximity } from "./mission/MissionProximity";
import { ProvenanceFields } from "./ProvenanceFields";
import { SourceList } from "./SourceList";
import { useAppStore } from "./store-context";
import { useI18n } from "./use-i18n";

/** Everything known about one mission or site. */
export function MissionDetails({ mission }: { mission: Mission }) {
  const briefHref = useAppStore((s) => permalinkOf({ ...s, briefMode: true }));
  const { t, name, locale } = useI18n();
  // The name in the data's other languages, each marked with its language.
  const others = LOCALES.filter((l) => l !== locale).flatMap((l) => {
    const text = mission.name[l];
    return text && text !== name(mission.name) ? [{ l, text }] : [];
  });
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">{name(mission.name)}</h2>
      {others.length > 0 ? (
        <p className="alt-names">
          {others.map((o, i) => (
            <span key={o.l}>
              {i > 0 ? " · " : ""}
              <span lang={o.l}>{o.text}</span>
            </span>
          ))}
        </p>
      ) : null}
      {mission.flag ? <p className="flag-note">{mission.flag}</p> : null}
      <dl>
        <dt>{t("mission.kind")}</dt>
        <dd>{t(MISSION_KIND_LABEL[mission.kind])}</dd>
        {mission.address ? (
          <>
            <dt>{t("mission.address")}</dt>
            <dd>{mission.address}</dd>
          </>
        ) : null}
        <Coordinates lngLat={mission.lngLat} />
        <dt>{t("mission.about")}</dt>
        <dd>{mission.description}</dd>
        <ProvenanceFields item={mission} />
      </dl>
      <p>
        <a className="brief-open" href={briefHref} target="_blank" rel="noopener">
          {t("mission.brief")}
        </a>{" "}
        <span className="hint">{t("mission.briefHint")}</span>
      </p>
      <MissionProximity />
      <h3>{t("common.sources")}</h3>
      <SourceList sources={mission.sources} />
    </article>
  );
}
