import { useState } from "react";
import type { LngLat } from "@/domain/types";
import { formatDecimal, formatDms, osmUrl } from "@/lib/coords";

/** The point's coordinates (decimal and DMS) with copy buttons and a plain OpenStreetMap link. */
export function Coordinates({ lngLat }: { lngLat: LngLat }) {
  const [lng, lat] = lngLat;
  const [note, setNote] = useState("");
  const decimal = formatDecimal(lng, lat);
  const degrees = formatDms(lng, lat);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(`Copied ${text}`);
    } catch {
      setNote(`Copy by hand: ${text}`);
    }
  };
  return (
    <>
      <dt>Coordinates (WGS84)</dt>
      <dd className="coordinates">
        <span>{decimal}</span>{" "}
        <button type="button" className="link-button" onClick={() => copy(decimal)}>
          Copy decimal
        </button>
        <br />
        <span>{degrees}</span>{" "}
        <button type="button" className="link-button" onClick={() => copy(degrees)}>
          Copy DMS
        </button>
        <br />
        <a href={osmUrl(lng, lat)} target="_blank" rel="noopener noreferrer">
          Open in OpenStreetMap
        </a>{" "}
        <span className="hint">(opens openstreetmap.org)</span>
        <span className="copy-note" aria-live="polite">
          {note ? ` ${note}` : ""}
        </span>
      </dd>
    </>
  );
}
