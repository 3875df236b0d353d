import { useState } from "react";
import { toGeoJson } from "@/analysis/export-geojson";
import { toKml } from "@/analysis/export-kml";
import { toFullCsv } from "@/analysis/export-table";
import { toIsoMinute } from "@/lib/iso-time";
import { exportMeasureOf, exportMetaOf } from "@/state/export-selectors";
import { selectDataProvenance } from "@/state/provenance";
import { selectVisibleStrikes } from "@/state/selectors";
import { permalinkOf } from "@/state/url-state";
import { download } from "./download";
import { useSaveMapImage } from "./map-image-context";
import { useAppStoreApi } from "./store-context";

/**
 * Share and export exactly what is shown (window + filters): the link, CSV / GeoJSON / KML with
 * every site's distance, and a captioned PNG of the map.
 */
export function ExportBar() {
  const store = useAppStoreApi();
  const saveImage = useSaveMapImage();
  const [note, setNote] = useState("");
  const [scale, setScale] = useState<1 | 2>(1);
  const baseName = () => {
    const { timeWindow } = store.getState();
    const day = (tMs: number) => toIsoMinute(tMs).slice(0, 10);
    return `nearmiss-strikes-${day(timeWindow.startMs)}_${day(timeWindow.endMs)}`;
  };
  const shown = () => {
    const s = store.getState();
    return {
      meta: exportMetaOf(s, permalinkOf(s)),
      strikes: selectVisibleStrikes(s),
      missions: s.missions,
      measure: exportMeasureOf(s),
    };
  };
  const copyLink = async () => {
    const link = permalinkOf(store.getState());
    try {
      await navigator.clipboard.writeText(link);
      const source = selectDataProvenance(store.getState());
      setNote(
        source.bundled
          ? "Link copied: it restores this window, the filters and the selection."
          : `Link copied: it restores this window, the filters and the selection, and loads ${source.text}.`,
      );
    } catch {
      setNote(`Copy this link: ${link}`);
    }
  };
  const exportAs = (kind: "CSV" | "GeoJSON" | "KML") => {
    const { meta, strikes, missions, measure } = shown();
    const [ext, type, text] =
      kind === "CSV"
        ? ["csv", "text/csv;charset=utf-8", toFullCsv(meta, strikes, missions, measure)]
        : kind === "KML"
          ? ["kml", "application/vnd.google-earth.kml+xml", toKml(meta, strikes, missions, measure)]
          : [
              "geojson",
              "application/geo+json",
              `${JSON.stringify(toGeoJson(meta, strikes, missions, measure), null, 1)}\n`,
            ];
    download(`${baseName()}.${ext}`, new Blob([text], { type }));
    setNote(`Exported ${strikes.length} strikes as ${kind}.`);
  };
  const exportImage = async () => {
    if (!saveImage) return;
    setNote("Drawing the image…");
    try {
      const blob = await saveImage(scale);
      download(`${baseName()}${scale === 2 ? "@2x" : ""}.png`, blob);
      setNote(`Saved the map as a PNG (${scale}×).`);
    } catch (error) {
      setNote(`The image could not be made: ${String(error)}. The map and exports still work.`);
    }
  };
  return (
    <div className="export-bar">
      <button type="button" onClick={copyLink}>
        Copy link
      </button>
      <button type="button" onClick={() => exportAs("CSV")}>
        Export CSV
      </button>
      <button type="button" onClick={() => exportAs("GeoJSON")}>
        Export GeoJSON
      </button>
      <button type="button" onClick={() => exportAs("KML")}>
        Export KML
      </button>
      {saveImage ? (
        <span className="save-image">
          <button type="button" onClick={exportImage}>
            Save image
          </button>
          <select
            aria-label="Image resolution"
            value={scale}
            onChange={(e) => setScale(e.target.value === "2" ? 2 : 1)}
          >
            <option value="1">1×</option>
            <option value="2">2×</option>
          </select>
        </span>
      ) : null}
      <p className="export-note" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
