import type { DistanceUnit } from "@/lib/format";
import type { ZoneMode } from "@/state/slices/view-slice";
import { AboutDialog } from "./AboutDialog";
import { ImportButton } from "./import/ImportButton";
import { SearchBox } from "./SearchBox";
import { useAppStore, useAppStoreApi } from "./store-context";

/** Title, dataset version, and display preferences (distance unit, time zone). */
export function Header() {
  const store = useAppStoreApi();
  const version = useAppStore((s) => s.datasetVersion);
  const unit = useAppStore((s) => s.distanceUnit);
  const zone = useAppStore((s) => s.zoneMode);
  return (
    <header className="app-header">
      <h1>
        Nearmiss <span className="tagline">strikes near Azerbaijan's missions in Ukraine</span>
      </h1>
      <SearchBox />
      <div className="header-controls">
        {version ? <span className="dataset-version">Data {version}</span> : null}
        <ImportButton />
        <AboutDialog />
        <label>
          <span className="control-label">Units </span>
          <select
            value={unit}
            onChange={(e) => store.getState().setDistanceUnit(e.target.value as DistanceUnit)}
          >
            <option value="metric">m / km</option>
            <option value="imperial">ft / mi</option>
          </select>
        </label>
        <label>
          <span className="control-label">Times </span>
          <select
            value={zone}
            onChange={(e) => store.getState().setZoneMode(e.target.value as ZoneMode)}
          >
            <option value="kyiv">Kyiv</option>
            <option value="utc">UTC</option>
            <option value="local">My time zone</option>
          </select>
        </label>
      </div>
    </header>
  );
}
