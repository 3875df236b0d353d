import { MISSION_SYMBOLS, WEAPON_SYMBOLS } from "@/domain/symbols";
import { SymbolIcon } from "./SymbolIcon";

/** Symbol key for strikes (by weapon class) and missions (by kind), plus the halo and muted styles. */
export function Legend() {
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <h3>Strikes</h3>
      <ul>
        {Object.values(WEAPON_SYMBOLS).map((s) => (
          <li key={s.id}>
            <SymbolIcon spec={s} /> {s.label}
          </li>
        ))}
      </ul>
      <h3>Missions and sites</h3>
      <ul>
        {Object.values(MISSION_SYMBOLS).map((s) => (
          <li key={s.id}>
            <SymbolIcon spec={s} /> {s.label}
          </li>
        ))}
      </ul>
      <p className="legend-note">
        Dashed circle: location uncertainty, drawn at its true radius. Faded symbol: low confidence
        or only the city is known.
      </p>
    </details>
  );
}
