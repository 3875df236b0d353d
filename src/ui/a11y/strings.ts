/** Every string the map navigator and announcer say (one place, for the i18n catalogue). */
export const A11Y_STRINGS = {
  navigatorLabel: "Map features in view",
  navigatorHint:
    "Arrow keys move to the nearest strike or site in that direction; Enter selects; Home and End jump to the first and last.",
  navigatorEmpty: "No strikes or sites in view. Zoom out or widen the time window.",
  navigatorCount: (n: number) => `${n} ${n === 1 ? "feature" : "features"} in view`,
  site: "Site",
  strike: "Strike",
  nearestSite: (distance: string, name: string) => `${distance} from ${name}`,
  noSites: "no site loaded",
  selected: (label: string) => `Selected: ${label}`,
} as const;
