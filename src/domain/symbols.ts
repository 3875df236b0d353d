import type { MissionKind, WeaponClass } from "./types";

/**
 * One map symbol, declared once and drawn twice: onto a canvas for MapLibre's sprite and as SVG in
 * the legend. `path` is SVG path data in a 24×24 box.
 */
export interface SymbolSpec {
  readonly id: string;
  readonly label: string;
  readonly path: string;
  readonly fill: string;
  readonly stroke: string;
}

const CIRCLE = "M12 4a8 8 0 1 0 0.001 0Z";
const SQUARE = "M5 5h14v14H5Z";
const DIAMOND = "M12 2 22 12 12 22 2 12Z";
const TRIANGLE = "M12 3 22 20H2Z";
const HEXAGON = "M7 3.3h10l5 8.7-5 8.7H7L2 12Z";
const STAR = "M12 2l2.9 6.6 7.1.7-5.4 4.8 1.6 7-6.2-3.7-6.2 3.7 1.6-7L2 9.3l7.1-.7Z";
const CROSS = "M9 2h6v7h7v6h-7v7H9v-7H2V9h7Z";
const OCTAGON = "M8 2h8l6 6v8l-6 6H8l-6-6V8Z";
const PENTAGON = "M12 2 22 9.3 18.2 21H5.8L2 9.3Z";

/** Strike symbols by weapon class: shape and colour both differ, so the legend works without colour. */
export const WEAPON_SYMBOLS: Readonly<Record<WeaponClass, SymbolSpec>> = {
  ballistic: {
    id: "strike-ballistic",
    label: "Ballistic missile",
    path: TRIANGLE,
    fill: "#c62828",
    stroke: "#ffffff",
  },
  aeroballistic: {
    id: "strike-aeroballistic",
    label: "Aeroballistic / hypersonic missile",
    path: STAR,
    fill: "#7b1fa2",
    stroke: "#ffffff",
  },
  cruise: {
    id: "strike-cruise",
    label: "Cruise missile",
    path: DIAMOND,
    fill: "#e65100",
    stroke: "#ffffff",
  },
  drone: { id: "strike-drone", label: "Drone", path: SQUARE, fill: "#8d5a00", stroke: "#ffffff" },
  unknown: {
    id: "strike-unknown",
    label: "Unknown weapon",
    path: CIRCLE,
    fill: "#5f6368",
    stroke: "#ffffff",
  },
};

/** Mission and site symbols by kind. */
export const MISSION_SYMBOLS: Readonly<Record<MissionKind, SymbolSpec>> = {
  embassy: {
    id: "mission-embassy",
    label: "Embassy",
    path: PENTAGON,
    fill: "#0d47a1",
    stroke: "#ffffff",
  },
  "consular-section": {
    id: "mission-consular",
    label: "Consular section",
    path: SQUARE,
    fill: "#1976d2",
    stroke: "#ffffff",
  },
  "honorary-consulate": {
    id: "mission-honorary",
    label: "Honorary consulate",
    path: CIRCLE,
    fill: "#1976d2",
    stroke: "#ffffff",
  },
  "socar-facility": {
    id: "mission-socar",
    label: "SOCAR facility",
    path: HEXAGON,
    fill: "#00838f",
    stroke: "#ffffff",
  },
  "linked-infrastructure": {
    id: "mission-linked",
    label: "Linked infrastructure (not SOCAR)",
    path: CROSS,
    fill: "#546e7a",
    stroke: "#ffffff",
  },
  landmark: {
    id: "mission-landmark",
    label: "Landmark",
    path: CIRCLE,
    fill: "#2e7d32",
    stroke: "#ffffff",
  },
  "imported-site": {
    id: "mission-imported",
    label: "Imported site",
    path: OCTAGON,
    fill: "#6a1b9a",
    stroke: "#ffffff",
  },
};
