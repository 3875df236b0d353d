import { useState } from "react";
import { strikeExportRows, toCsv } from "@/analysis/export-table";
import { toIsoMinute } from "@/lib/iso-time";
import { selectDataProvenance } from "@/state/provenance";
import { selectVisibleStrikes } from "@/state/selectors";
import { useAppStoreApi } from "./store-context";

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Share and export what is on screen: the link (state is in the URL) and the window's strikes. */
export function ExportBar() {
  const store = useAppStoreApi();
  const [note, setNote] = useState("");
  const baseName = () => {
    const { timeWindow } = store.getState();
    const day = (tMs: number) => toIsoMinute(tMs).slice(0, 10);
    return `nearmiss-strikes-${day(timeWindow.startMs)}_${day(timeWindow.endMs)}`;
  };
  const rows = () => {
    const state = store.getState();
    return strikeExportRows(selectVisibleStrikes(state), state.missions);
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      const source = selectDataProvenance(store.getState());
      setNote(
        source.bundled
          ? "Link copied: it restores this window and selection."
          : `Link copied: it restores this window and selection, and loads ${source.text}.`,
      );
    } catch {
      setNote(`Copy this link: ${window.location.href}`);
    }
  };
  const exportCsv = () => {
    const r = rows();
    download(`${baseName()}.csv`, "text/csv;charset=utf-8", toCsv(r));
    setNote(`Exported ${r.length} strikes as CSV.`);
  };
  const exportGeoJson = () => {
    const r = rows();
    const fc = {
      type: "FeatureCollection",
      // Where these strikes come from (a link may have replaced the bundled data set).
      data_source: selectDataProvenance(store.getState()).text,
      features: r.map((row) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [row.lng, row.lat] },
        properties: row,
      })),
    };
    download(`${baseName()}.geojson`, "application/geo+json", `${JSON.stringify(fc, null, 1)}\n`);
    setNote(`Exported ${r.length} strikes as GeoJSON.`);
  };
  return (
    <div className="export-bar">
      <button type="button" onClick={copyLink}>
        Copy link
      </button>
      <button type="button" onClick={exportCsv}>
        Export CSV
      </button>
      <button type="button" onClick={exportGeoJson}>
        Export GeoJSON
      </button>
      <p className="export-note" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
