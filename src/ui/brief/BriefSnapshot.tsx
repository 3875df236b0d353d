import { type BriefRow, fromSite } from "@/analysis/brief";
import { MISSION_SYMBOLS, WEAPON_SYMBOLS } from "@/domain/symbols";
import type { Mission } from "@/domain/types";
import { type DistanceUnit, formatDistance } from "@/lib/format";
import { useI18n } from "../use-i18n";

const SIZE = 360;
const R = 160;

/**
 * The site's surroundings as a schematic map: the site in the centre, the chosen rings, each
 * listed strike at its exact distance and bearing from the site (azimuthal equidistant), with its
 * uncertainty circle, north up and a scale. No basemap, so it prints offline and needs no tiles.
 */
export function BriefSnapshot(props: {
  site: Mission;
  rows: readonly BriefRow[];
  radiiM: readonly number[];
  unit: DistanceUnit;
}) {
  const { site, rows, radiiM, unit } = props;
  const { t, fmt, name } = useI18n();
  const maxM = Math.max(...radiiM, 1);
  const k = R / maxM;
  const c = SIZE / 2;
  const at = (d: number, b: number) => {
    const [e, n] = fromSite(d, b);
    return [c + e * k, c - n * k] as const;
  };
  const icon = (path: string, fill: string, x: number, y: number, key: string, title: string) => (
    <g key={key} transform={`translate(${x - 7} ${y - 7}) scale(${14 / 24})`}>
      <title>{title}</title>
      <path d={path} fill={fill} stroke="#fff" strokeWidth={2} />
    </g>
  );
  const siteSymbol = MISSION_SYMBOLS[site.kind];
  return (
    <svg
      className="brief-snapshot"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={t("brief.schematicLabel", {
        count: rows.length,
        radius: formatDistance(maxM, unit, fmt),
        name: name(site.name),
      })}
    >
      <rect width={SIZE} height={SIZE} fill="#f7f7f4" stroke="#999" />
      {radiiM.map((r) => (
        <g key={r}>
          <circle cx={c} cy={c} r={r * k} fill="none" stroke="#555" strokeDasharray="4 3" />
          <text x={c + 3} y={c - r * k - 3} fontSize={10}>
            {formatDistance(r, unit, fmt)}
          </text>
        </g>
      ))}
      {rows.map((row) => {
        const [x, y] = at(row.distanceM, row.bearingDeg);
        const u = row.strike.uncertaintyM * k;
        const spec = WEAPON_SYMBOLS[row.strike.weaponClass];
        return (
          <g key={row.strike.id}>
            {u > 2 ? (
              <circle
                cx={x}
                cy={y}
                r={u}
                fill={spec.fill}
                fillOpacity={0.08}
                stroke={spec.fill}
                strokeDasharray="2 2"
              />
            ) : null}
            {icon(spec.path, spec.fill, x, y, "i", name(row.strike.name))}
          </g>
        );
      })}
      {icon(siteSymbol.path, siteSymbol.fill, c, c, "site", name(site.name))}
      <g transform={`translate(${SIZE - 24} 30)`}>
        <path d="M0 -16 L6 4 L0 0 L-6 4 Z" fill="#111" />
        <text x={-4} y={16} fontSize={11}>
          {t("brief.north")}
        </text>
      </g>
      <text x={8} y={SIZE - 8} fontSize={10}>
        {t("brief.schematicNote", { radius: formatDistance(maxM, unit, fmt) })}
      </text>
    </svg>
  );
}
