import { isNoFilter, NO_FILTERS } from "@/analysis/strike-filter";
import type { Confidence, LocationPrecision } from "@/domain/types";
import { selectLayerIds } from "@/state/filter-selectors";
import { useAppStore, useAppStoreApi } from "./store-context";

const CONFIDENCE: readonly Confidence[] = ["high", "medium", "low"];
const PRECISION: readonly LocationPrecision[] = ["exact", "street", "district", "city"];

/** Filters beside the legend: confidence, location precision, near a site, data layer. */
export function FilterPanel() {
  const store = useAppStoreApi();
  const filters = useAppStore((s) => s.filters);
  const missions = useAppStore((s) => s.missions);
  const layers = useAppStore(selectLayerIds);
  const { toggleHidden, setNearFilter } = store.getState();
  const near = filters.near;
  return (
    <div className="filter-panel">
      <fieldset>
        <legend>Confidence</legend>
        {CONFIDENCE.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={!filters.hiddenConfidence.includes(c)}
              onChange={() => toggleHidden("hiddenConfidence", c)}
            />{" "}
            {c}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Location precision</legend>
        {PRECISION.map((p) => (
          <label key={p}>
            <input
              type="checkbox"
              checked={!filters.hiddenPrecision.includes(p)}
              onChange={() => toggleHidden("hiddenPrecision", p)}
            />{" "}
            {p}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Near a site</legend>
        <label>
          Within{" "}
          <input
            type="number"
            min={1}
            step={100}
            aria-label="Within metres"
            value={near?.withinM ?? 1000}
            onChange={(e) =>
              near && setNearFilter({ missionId: near.missionId, withinM: Number(e.target.value) })
            }
          />{" "}
          m of{" "}
          <select
            aria-label="Site"
            value={near?.missionId ?? ""}
            onChange={(e) =>
              setNearFilter(
                e.target.value
                  ? { missionId: e.target.value, withinM: near?.withinM ?? 1000 }
                  : undefined,
              )
            }
          >
            <option value="">any site (no distance filter)</option>
            {missions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name.en}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {layers.length > 1 ? (
        <fieldset>
          <legend>Data layer</legend>
          {layers.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={!filters.hiddenLayers.includes(id)}
                onChange={() => toggleHidden("hiddenLayers", id)}
              />{" "}
              {id === "builtin" ? "built-in data" : id}
            </label>
          ))}
        </fieldset>
      ) : null}
      {!isNoFilter(filters) ? (
        <button type="button" onClick={() => store.getState().setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
