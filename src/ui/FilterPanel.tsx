import { memo, useEffect, useState } from "react";
import { isNoFilter, NO_FILTERS } from "@/analysis/strike-filter";
import type { Confidence, LocationPrecision } from "@/domain/types";
import { CONFIDENCE_LABEL, PRECISION_LABEL } from "@/i18n/labels";
import { selectLayerIds } from "@/state/filter-selectors";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

const CONFIDENCE: readonly Confidence[] = ["high", "medium", "low"];
const PRECISION: readonly LocationPrecision[] = ["exact", "street", "district", "city"];
/** The radius the near-a-site filter offers before the user types one. */
const DEFAULT_WITHIN_M = 1000;

/** The metres a radius box holds, or undefined while it holds no positive number. */
function metres(text: string): number | undefined {
  const m = Number(text);
  return text.trim() !== "" && Number.isFinite(m) && m > 0 ? m : undefined;
}

/**
 * Filters beside the legend: confidence, location precision, near a site, data layer. Memoised:
 * the legend around it re-renders with its counts on every time-slider step, and nothing here
 * depends on the window (without it, each step re-applied the props of every input).
 */
export const FilterPanel = memo(function FilterPanel() {
  const store = useAppStoreApi();
  const filters = useAppStore((s) => s.filters);
  const missions = useAppStore((s) => s.missions);
  const layers = useAppStore(selectLayerIds);
  const imported = useAppStore((s) => s.layers);
  const { t, name } = useI18n();
  const { toggleHidden, setNearFilter } = store.getState();
  const near = filters.near;
  // The radius as typed: kept while no site is chosen (then used when one is) and while the box
  // holds no number yet (clearing it to type another must not drop the filter).
  const [radius, setRadius] = useState(() => String(near?.withinM ?? DEFAULT_WITHIN_M));
  useEffect(() => {
    // A radius set elsewhere (a link, even the same one after the box was cleared) shows.
    if (near) setRadius((r) => (metres(r) === near.withinM ? r : String(near.withinM)));
  }, [near]);
  return (
    <div className="filter-panel">
      <fieldset>
        <legend>{t("filter.confidence")}</legend>
        {CONFIDENCE.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={!filters.hiddenConfidence.includes(c)}
              onChange={() => toggleHidden("hiddenConfidence", c)}
            />{" "}
            {t(CONFIDENCE_LABEL[c])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("filter.precision")}</legend>
        {PRECISION.map((p) => (
          <label key={p}>
            <input
              type="checkbox"
              checked={!filters.hiddenPrecision.includes(p)}
              onChange={() => toggleHidden("hiddenPrecision", p)}
            />{" "}
            {t(PRECISION_LABEL[p])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("filter.near")}</legend>
        <label>
          {t("filter.within")}{" "}
          <input
            type="number"
            min={1}
            step={100}
            aria-label={t("filter.withinLabel")}
            value={radius}
            onChange={(e) => {
              setRadius(e.target.value);
              const withinM = metres(e.target.value);
              if (near && withinM !== undefined)
                setNearFilter({ missionId: near.missionId, withinM });
            }}
          />{" "}
          {t("filter.metresOf")}{" "}
          <select
            aria-label={t("filter.site")}
            value={near?.missionId ?? ""}
            onChange={(e) =>
              setNearFilter(
                e.target.value
                  ? {
                      missionId: e.target.value,
                      withinM: metres(radius) ?? near?.withinM ?? DEFAULT_WITHIN_M,
                    }
                  : undefined,
              )
            }
          >
            <option value="">{t("filter.anySite")}</option>
            {missions.map((m) => (
              <option key={m.id} value={m.id}>
                {name(m.name)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {layers.length > 1 ? (
        <fieldset>
          <legend>{t("filter.layer")}</legend>
          {layers.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={!filters.hiddenLayers.includes(id)}
                onChange={() => toggleHidden("hiddenLayers", id)}
              />{" "}
              {id === "builtin"
                ? t("filter.builtin")
                : (imported.find((l) => l.id === id)?.fileName ?? id)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {!isNoFilter(filters) ? (
        <button type="button" onClick={() => store.getState().setFilters(NO_FILTERS)}>
          {t("filter.clear")}
        </button>
      ) : null}
    </div>
  );
});
