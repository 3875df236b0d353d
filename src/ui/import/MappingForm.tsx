import { useId, useState } from "react";
import type { ColumnMapping, DateOrder, MappingRequest } from "@/import/types";

type Single = Exclude<keyof ColumnMapping, "links" | "dateOrder">;

const FIELDS: readonly (readonly [Single, string])[] = [
  ["lat", "Latitude"],
  ["lon", "Longitude"],
  ["latLon", "“lat, lon” in one column"],
  ["wkt", "WKT point"],
  ["date", "Date (or date and time)"],
  ["time", "Time of day"],
  ["name", "Name"],
  ["description", "Description"],
  ["weapon", "Weapon"],
  ["uncertainty", "Uncertainty (m)"],
  ["id", "Row id"],
];

const ORDERS: readonly (readonly [DateOrder, string])[] = [
  ["dmy", "day/month/year (31/12/2025)"],
  ["mdy", "month/day/year (12/31/2025)"],
  ["ymd", "year-month-day"],
];

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
  return (
    <label>
      {label}{" "}
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">(none)</option>
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
  return (
    <form
      className="mapping-form"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(mapping);
      }}
    >
      <h3>Which column is which in “{fileName}”?</h3>
      <ul className="mapping-reasons">
        {request.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="preview-scroll">
        <table className="mapping-preview">
          <caption>First rows of the file</caption>
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
        {FIELDS.map(([key, label]) => (
          <ColumnSelect
            key={key}
            label={label}
            headers={request.headers}
            value={mapping[key]}
            onChange={(column) => setMapping({ ...mapping, [key]: column })}
          />
        ))}
        <ColumnSelect
          label="Source link"
          headers={request.headers}
          value={link}
          onChange={(column) => setMapping({ ...mapping, links: column ? [column] : undefined })}
        />
      </div>
      <fieldset>
        <legend>Dates are written</legend>
        {ORDERS.map(([order, label]) => (
          <label key={order}>
            <input
              type="radio"
              name={`${id}-order`}
              checked={mapping.dateOrder === order}
              onChange={() => setMapping({ ...mapping, dateOrder: order })}
            />{" "}
            {label}
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="submit">Import with this mapping</button>
        <button type="button" onClick={onSkip}>
          Skip this file
        </button>
      </div>
    </form>
  );
}
