import { useId, useState } from "react";
import { MAX_IMPORT_BYTES } from "@/import/types";
import type { ImportRequest } from "@/state/slices/layers-slice";
import { ImportSettingsForm, type SettingsValue } from "./ImportSettingsForm";
import type { ImportInput } from "./import-run";

const ACCEPT = ".csv,.tsv,.txt,.geojson,.json,.kml,.kmz,.gpx";
const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

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
  const inputs: ImportInput[] = [...files];
  if (text.trim()) inputs.push({ name: "Pasted text", text });
  return (
    <form
      className="import-chooser"
      onSubmit={(e) => {
        e.preventDefault();
        if (inputs.length > 0) onStart(inputs);
      }}
    >
      <p>
        CSV/TSV, GeoJSON, KML/KMZ or GPX, up to {mb(MAX_IMPORT_BYTES)} each. Your files stay in this
        browser; nothing is uploaded.
      </p>
      <label>
        Files{" "}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? [])])}
        />
      </label>
      {files.length > 0 ? (
        <ul className="import-files" aria-label="Files to import">
          {files.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same name may be picked twice
            <li key={i}>
              {f.name} ({f.size.toLocaleString("en-GB")} bytes){" "}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${f.name} from the list`}
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-paste`}>Or paste GeoJSON or CSV text</label>
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
          Import
        </button>
      </div>
    </form>
  );
}
