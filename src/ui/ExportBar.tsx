import { useState } from "react";
import { toIsoMinute } from "@/lib/iso-time";
import { exportMeasureOf, exportMetaOf } from "@/state/export-selectors";
import { selectDataProvenance } from "@/state/provenance";
import { selectVisibleStrikes } from "@/state/selectors";
import { permalinkOf } from "@/state/url-state";
import { download } from "./download";
import type { ExportKind } from "./export-files";
import { useSaveMapImage } from "./map-image-context";
import { useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/**
 * Share and export exactly what is shown (window + filters): the link, CSV / GeoJSON / KML with
 * every site's distance, and a captioned PNG of the map.
 */
export function ExportBar() {
  const store = useAppStoreApi();
  const saveImage = useSaveMapImage();
  const [note, setNote] = useState("");
  const [scale, setScale] = useState<1 | 2>(1);
  const { t } = useI18n();
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
          ? t("export.copied")
          : t("export.copiedData", {
              names: source.overrides.map((o) => `${o.name} (${o.kind})`).join(", "),
            }),
      );
    } catch {
      setNote(t("export.copyThis", { link }));
    }
  };
  // What is shown is read at the click; the writers are fetched with the first export.
  const exportAs = async (kind: ExportKind) => {
    const data = shown();
    const name = baseName();
    const { exportFile } = await import("./export-files");
    const { ext, type, text } = exportFile(kind, data);
    download(`${name}.${ext}`, new Blob([text], { type }));
    setNote(t("export.done", { count: data.strikes.length, format: kind }));
  };
  const exportImage = async () => {
    if (!saveImage) return;
    setNote(t("export.drawing"));
    try {
      const blob = await saveImage(scale);
      download(`${baseName()}${scale === 2 ? "@2x" : ""}.png`, blob);
      setNote(t("export.savedImage", { scale }));
    } catch (error) {
      setNote(t("export.imageFailed", { error: String(error) }));
    }
  };
  return (
    <div className="export-bar">
      <button type="button" onClick={copyLink}>
        {t("export.copyLink")}
      </button>
      <button type="button" onClick={() => exportAs("CSV")}>
        {t("export.csv")}
      </button>
      <button type="button" onClick={() => exportAs("GeoJSON")}>
        {t("export.geojson")}
      </button>
      <button type="button" onClick={() => exportAs("KML")}>
        {t("export.kml")}
      </button>
      {saveImage ? (
        <span className="save-image">
          <button type="button" onClick={exportImage}>
            {t("export.saveImage")}
          </button>
          <select
            aria-label={t("export.resolution")}
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
