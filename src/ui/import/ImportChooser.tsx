import { useId, useState } from "react";
import { MAX_IMPORT_BYTES } from "@/import/types";
import type { ImportRequest } from "@/state/slices/layers-slice";
import { useI18n } from "../use-i18n";
import { ImportSettingsForm, type SettingsValue } from "./ImportSettingsForm";
import type { ImportInput } from "./import-run";

const ACCEPT = ".csv,.tsv,.txt,.geojson,.json,.kml,.kmz,.gpx";

/** First step: the files (dropped or picked) or pasted text, and how to read them. */
export function ImportChooser({
  request,
  settings,
  onSettings,
  onStart,
}: {
  request: ImportRequest;
  settings: SettingsValue;
  onSettings: (s: SettingsValue) => void;
  onStart: (inputs: readonly ImportInput[]) => void;
}) {
  const id = useId();
  const [files, setFiles] = useState<readonly File[]>(request.files);
  const [text, setText] = useState(request.text ?? "");
  const { t } = useI18n();
  const inputs: ImportInput[] = [...files];
  if (text.trim()) inputs.push({ name: t("import.pastedText"), text });
  return (
    <form
      className="import-chooser"
      onSubmit={(e) => {
        e.preventDefault();
        if (inputs.length > 0) onStart(inputs);
      }}
    >
      <p>
        {t("import.formats", {
          size: t("import.megabytes", { count: Math.round(MAX_IMPORT_BYTES / 1_048_576) }),
        })}
      </p>
      <label>
        {t("import.files")}{" "}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? [])])}
        />
      </label>
      {files.length > 0 ? (
        <ul className="import-files" aria-label={t("import.filesList")}>
          {files.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same name may be picked twice
            <li key={i}>
              {t("import.fileSize", { name: f.name, bytes: f.size })}{" "}
              <button
                type="button"
                className="link-button"
                aria-label={t("import.removeFile", { name: f.name })}
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              >
                {t("import.remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-paste`}>{t("import.paste")}</label>
      <textarea
        id={`${id}-paste`}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
      />
      <ImportSettingsForm value={settings} onChange={onSettings} />
      <div className="dialog-actions">
        <button type="submit" disabled={inputs.length === 0}>
          {t("import.start")}
        </button>
      </div>
    </form>
  );
}
