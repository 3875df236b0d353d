import { useId, useState } from "react";
import type { ColumnMapping, MappingRequest } from "@/import/types";
import { useI18n } from "../use-i18n";
import { DATE_ORDERS, MAPPING_FIELDS } from "./import-run";

/** A labelled choice of one of the file's columns, or none. */
function ColumnSelect({
  label,
  headers,
  value,
  onChange,
}: {
  label: string;
  headers: readonly string[];
  value: string | undefined;
  onChange: (column: string | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {label}{" "}
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t("mapping.none")}</option>
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The mapping dialog's body: why it asks, the first rows, and a column for each field. */
export function MappingForm({
  fileName,
  request,
  onConfirm,
  onSkip,
}: {
  fileName: string;
  request: MappingRequest;
  onConfirm: (mapping: ColumnMapping) => void;
  onSkip: () => void;
}) {
  const id = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(request.guess);
  const link = mapping.links?.[0] ?? "";
  const { t } = useI18n();
  return (
    <form
      className="mapping-form"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(mapping);
      }}
    >
      <h3>{t("mapping.heading", { name: fileName })}</h3>
      <ul className="mapping-reasons">
        {request.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="preview-scroll">
        <table className="mapping-preview">
          <caption>{t("mapping.preview")}</caption>
          <thead>
            <tr>
              {request.headers.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; position is the identity
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {request.previewRows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id
              <tr key={r}>
                {row.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells by position
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mapping-fields">
        {request.hasGeometry ? <p>{t("mapping.geometryFirst")}</p> : null}
        {MAPPING_FIELDS.map(([key, label]) => (
          <ColumnSelect
            key={key}
            label={t(label)}
            headers={request.headers}
            value={mapping[key]}
            onChange={(column) => setMapping({ ...mapping, [key]: column })}
          />
        ))}
        <ColumnSelect
          label={t("mapping.link")}
          headers={request.headers}
          value={link}
          onChange={(column) => setMapping({ ...mapping, links: column ? [column] : undefined })}
        />
      </div>
      <fieldset>
        <legend>{t("mapping.datesWritten")}</legend>
        {DATE_ORDERS.map(([order, label]) => (
          <label key={order}>
            <input
              type="radio"
              name={`${id}-order`}
              checked={mapping.dateOrder === order}
              onChange={() => setMapping({ ...mapping, dateOrder: order })}
            />{" "}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="submit">{t("mapping.confirm")}</button>
        <button type="button" onClick={onSkip}>
          {t("mapping.skip")}
        </button>
      </div>
    </form>
  );
}
