/** Source and layers of the range rings, strike→mission lines and their labels. */
export const SOURCE_PROXIMITY = "proximity";
export const LAYER_PROXIMITY_RINGS = "proximity-rings";
export const LAYER_PROXIMITY_LINES = "proximity-lines";
export const LAYER_PROXIMITY_LABELS = "proximity-labels";
