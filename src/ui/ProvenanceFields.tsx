import type { Provenance } from "@/domain/types";
import { CONFIDENCE_LABEL, PRECISION_TEXT } from "@/i18n/labels";
import { formatUncertainty } from "@/lib/format";
import { isDefaulted, useRecordLayer } from "./import/use-record-layer";
import { useAppStore } from "./store-context";
import { useI18n } from "./use-i18n";

/** Confidence, location precision, uncertainty, how the point was derived, and disputes. */
export function ProvenanceFields({ item }: { item: Provenance }) {
  const unit = useAppStore((s) => s.distanceUnit);
  const layer = useRecordLayer(item);
  const { t, fmt } = useI18n();
  return (
    <>
      {layer ? (
        <>
          <dt>{t("prov.importedFrom")}</dt>
          <dd>{t("prov.localFile", { file: layer.fileName })}</dd>
        </>
      ) : null}
      <dt>{t("prov.confidence")}</dt>
      <dd>
        <span className={`badge badge-${item.confidence}`}>
          {t(CONFIDENCE_LABEL[item.confidence])}
        </span>
        {isDefaulted(item, "confidence") ? t("prov.confidenceDefault") : ""}
      </dd>
      <dt>{t("prov.precision")}</dt>
      <dd>
        {t(PRECISION_TEXT[item.locationPrecision])}
        {isDefaulted(item, "precision") ? t("prov.precisionAssumed") : ""}
      </dd>
      <dt>{t("prov.uncertainty")}</dt>
      <dd>
        {t(isDefaulted(item, "uncertainty") ? "prov.uncertaintyDefault" : "prov.uncertaintyValue", {
          value: formatUncertainty(item.uncertaintyM, unit, fmt),
        })}
      </dd>
      {item.locationMethod ? (
        <>
          <dt>{t("prov.method")}</dt>
          <dd>{item.locationMethod}</dd>
        </>
      ) : null}
      {item.disputed.length > 0 ? (
        <>
          <dt>{t("prov.disputed")}</dt>
          <dd>
            <ul className="disputes">
              {item.disputed.map((d) => (
                <li key={d.what + d.by}>
                  <strong>{d.what}</strong> — {d.by}
                  {d.detail ? `: ${d.detail}` : ""}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </>
  );
}
