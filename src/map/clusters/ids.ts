/** Source and layers of the strike clusters (hulls, outlines, count badges). */
export const SOURCE_CLUSTERS = "clusters";
export const LAYER_CLUSTER_HULLS = "cluster-hulls";
export const LAYER_CLUSTER_OUTLINES = "cluster-outlines";
export const LAYER_CLUSTER_BADGES = "cluster-badges";
export const LAYER_CLUSTER_COUNTS = "cluster-counts";
