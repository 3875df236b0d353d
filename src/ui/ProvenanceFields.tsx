import type { Provenance } from "@/domain/types";
import { formatUncertainty } from "@/lib/format";
import { isDefaulted, useRecordLayer } from "./import/use-record-layer";
import { useAppStore } from "./store-context";

const PRECISION_TEXT: Record<Provenance["locationPrecision"], string> = {
  exact: "exact spot",
  street: "street / address",
  district: "district",
  city: "city only",
};

/** Confidence, location precision, uncertainty, how the point was derived, and disputes. */
export function ProvenanceFields({ item }: { item: Provenance }) {
  const unit = useAppStore((s) => s.distanceUnit);
  const layer = useRecordLayer(item);
  return (
    <>
      {layer ? (
        <>
          <dt>Imported from</dt>
          <dd>{layer.fileName} (local to this browser)</dd>
        </>
      ) : null}
      <dt>Confidence</dt>
      <dd>
        <span className={`badge badge-${item.confidence}`}>{item.confidence}</span>
        {isDefaulted(item, "confidence") ? " (not given; default)" : ""}
      </dd>
      <dt>Location precision</dt>
      <dd>
        {PRECISION_TEXT[item.locationPrecision]}
        {isDefaulted(item, "precision") ? " (not given; assumed)" : ""}
      </dd>
      <dt>Uncertainty</dt>
      <dd>
        {isDefaulted(item, "uncertainty")
          ? `uncertainty not given (default ${formatUncertainty(item.uncertaintyM, unit)})`
          : `± ${formatUncertainty(item.uncertaintyM, unit)}`}
      </dd>
      {item.locationMethod ? (
        <>
          <dt>Point estimated by</dt>
          <dd>{item.locationMethod}</dd>
        </>
      ) : null}
      {item.disputed.length > 0 ? (
        <>
          <dt>Disputed</dt>
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
