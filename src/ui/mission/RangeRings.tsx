import { type FormEvent, useId, useState } from "react";
import { formatDistance } from "@/lib/format";
import { selectMissionRings } from "@/state/proximity-selectors";
import { DEFAULT_RING_RADII_M } from "@/state/slices/proximity-slice";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

/** Parses "100, 500, 1 km, 2.5km" (or "1 км") into metres; unreadable parts give NaN (dropped by the store). */
export function parseRadii(text: string): number[] {
  return text
    .split(/[,;]/)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== "")
    .map((t) => {
      const m = /^(\d+(?:\.\d+)?)\s*(km|m|км|м)?$/.exec(t);
      if (!m) return Number.NaN;
      return Number(m[1]) * (m[2] === "km" || m[2] === "км" ? 1000 : 1);
    });
}

/** Range rings around the selected mission: each radius with the window's strikes inside it. */
export function RangeRings() {
  const store = useAppStoreApi();
  const rings = useAppStore(selectMissionRings);
  const radii = useAppStore((s) => s.ringRadiiM);
  const unit = useAppStore((s) => s.distanceUnit);
  const { t, fmt } = useI18n();
  const [text, setText] = useState(radii.join(", "));
  // Radii can change from elsewhere (a shared link): show them, replacing any unsent text.
  const [shownRadii, setShownRadii] = useState(radii);
  if (shownRadii !== radii) {
    setShownRadii(radii);
    setText(radii.join(", "));
  }
  const [error, setError] = useState<string | undefined>();
  const inputId = useId();

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseRadii(text);
    const valid = parsed.filter((r) => Number.isFinite(r) && r > 0);
    if (valid.length === 0 || valid.length !== parsed.length) {
      setError(t("rings.error"));
      return;
    }
    setError(undefined);
    store.getState().setRingRadii(valid);
    setText(store.getState().ringRadiiM.join(", "));
  };
  const reset = () => {
    store.getState().setRingRadii(DEFAULT_RING_RADII_M);
    setText(DEFAULT_RING_RADII_M.join(", "));
    setError(undefined);
  };

  return (
    <section className="range-rings" aria-labelledby={`${inputId}-h`}>
      <h3 id={`${inputId}-h`}>{t("rings.heading")}</h3>
      <table className="distances">
        <caption className="visually-hidden">{t("rings.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("rings.within")}</th>
            <th scope="col">{t("rings.inWindow")}</th>
            <th scope="col">{t("rings.possibly")}</th>
          </tr>
        </thead>
        <tbody>
          {rings.map((r) => (
            <tr key={r.radiusM}>
              <th scope="row">{formatDistance(r.radiusM, unit, fmt)}</th>
              <td>{r.count}</td>
              <td>{r.possibleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="ring-form" onSubmit={apply}>
        <label htmlFor={inputId}>{t("rings.radii")}</label>
        <input
          id={inputId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error !== undefined}
          aria-describedby={error ? `${inputId}-err` : undefined}
        />
        <button type="submit">{t("rings.apply")}</button>
        <button type="button" onClick={reset}>
          {t("rings.defaults")}
        </button>
        {error ? (
          <p id={`${inputId}-err`} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
