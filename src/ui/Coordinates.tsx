import { useState } from "react";
import type { LngLat } from "@/domain/types";
import { formatDecimal, formatDms, osmUrl } from "@/lib/coords";
import { useI18n } from "./use-i18n";

/** The point's coordinates (decimal and DMS) with copy buttons and a plain OpenStreetMap link. */
export function Coordinates({ lngLat }: { lngLat: LngLat }) {
  const [lng, lat] = lngLat;
  const [note, setNote] = useState("");
  const { t } = useI18n();
  const decimal = formatDecimal(lng, lat);
  const degrees = formatDms(lng, lat);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(t("coords.copied", { text }));
    } catch {
      setNote(t("coords.copyByHand", { text }));
    }
  };
  return (
    <>
      <dt>{t("coords.label")}</dt>
      <dd className="coordinates">
        <span>{decimal}</span>{" "}
        <button type="button" className="link-button" onClick={() => copy(decimal)}>
          {t("coords.copyDecimal")}
        </button>
        <br />
        <span>{degrees}</span>{" "}
        <button type="button" className="link-button" onClick={() => copy(degrees)}>
          {t("coords.copyDms")}
        </button>
        <br />
        <a href={osmUrl(lng, lat)} target="_blank" rel="noopener noreferrer">
          {t("coords.osm")}
        </a>{" "}
        <span className="hint">{t("coords.osmHint")}</span>
        <span className="copy-note" aria-live="polite">
          {note ? ` ${note}` : ""}
        </span>
      </dd>
    </>
  );
}
