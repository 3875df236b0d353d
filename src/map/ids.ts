/** Source and layer ids the app adds on top of the basemap. */

/** Prefix of every source and layer id taken from a basemap other than the embedded one. */
export const EXT_PREFIX = "ext-";
export const SOURCE_STRIKES = "strikes";
export const SOURCE_MISSIONS = "missions";
export const SOURCE_MISSION_HALOS = "mission-halos";

export const LAYER_MISSION_HALO_FILL = "mission-halo-fill";
export const LAYER_MISSION_HALO_LINE = "mission-halo-line";
export const LAYER_STRIKES_HIGHLIGHT = "strikes-highlight";
export const LAYER_STRIKES_SYMBOL = "strikes-symbol";
export const LAYER_MISSIONS_HIGHLIGHT = "missions-highlight";
export const LAYER_MISSIONS_SYMBOL = "missions-symbol";
export const LAYER_MISSIONS_LABEL = "missions-label";
