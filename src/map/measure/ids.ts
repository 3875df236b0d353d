/** Sources and layers of the measure tool, the strike→mission lines, the range rings and clusters. */
export const SOURCE_MEASURE = "measure";
export const LAYER_MEASURE_CASING = "measure-casing";
export const LAYER_MEASURE_LINE = "measure-line";
export const LAYER_MEASURE_VERTICES = "measure-vertices";
export const LAYER_MEASURE_LABELS = "measure-labels";

export const SOURCE_PROXIMITY = "proximity";
export const LAYER_PROXIMITY_RINGS = "proximity-rings";
export const LAYER_PROXIMITY_LINES = "proximity-lines";
export const LAYER_PROXIMITY_LABELS = "proximity-labels";

export const SOURCE_CLUSTERS = "clusters";
export const LAYER_CLUSTER_HULLS = "cluster-hulls";
export const LAYER_CLUSTER_OUTLINES = "cluster-outlines";
export const LAYER_CLUSTER_BADGES = "cluster-badges";
export const LAYER_CLUSTER_COUNTS = "cluster-counts";
