import { useId, useState } from "react";
import type { Strike } from "@/domain/types";
import { selectMeasurement } from "@/state/measure-selectors";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { reportedText, segmentText } from "./measure-text";

/**
 * "Measure to…": a keyboard-friendly way to measure from a strike to a chosen mission without a
 * pointer. The result is the same snapped measurement the map tool makes (and lands in the URL);
 * the Announcer says it (this line is a status that is not live, so it is not read twice).
 */
export function MeasureTo({ strike }: { strike: Strike }) {
  const store = useAppStoreApi();
  const missions = useAppStore((s) => s.missions);
  const m = useAppStore(selectMeasurement);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore(selectTimeZone);
  const i18n = useI18n();
  const { t, name } = i18n;
  const [missionId, setMissionId] = useState(strike.missionIds[0] ?? missions[0]?.id ?? "");
  const selectId = useId();
  const first = m.vertices[0];
  const segment = m.segments[0];
  const isOurs =
    m.vertices.length === 2 && first?.strike?.id === strike.id && segment !== undefined;
  const reported = isOurs && segment ? reportedText(m, segment) : undefined;

  const measure = () => {
    const mission = missions.find((x) => x.id === missionId);
    if (!mission) return;
    store.getState().setMeasurePoints([
      { lngLat: strike.lngLat, ref: { kind: "strike", id: strike.id } },
      { lngLat: mission.lngLat, ref: { kind: "mission", id: mission.id } },
    ]);
  };

  return (
    <section className="measure-to" aria-label={t("measure.toRegion")}>
      <label htmlFor={selectId}>{t("measure.to")}</label>{" "}
      <select id={selectId} value={missionId} onChange={(e) => setMissionId(e.target.value)}>
        {missions.map((x) => (
          <option key={x.id} value={x.id}>
            {name(x.name)}
          </option>
        ))}
      </select>{" "}
      <button type="button" onClick={measure} disabled={missions.length === 0}>
        {t("measure.button")}
      </button>
      <p role="status" aria-live="off" className="measure-to-result">
        {isOurs && segment ? segmentText(m, segment, unit, zone, i18n) : ""}
        {reported ? t("measure.sources", { text: reported }) : ""}
      </p>
    </section>
  );
}
