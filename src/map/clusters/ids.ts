/** Source and layers of the strike clusters (hulls, outlines, count badges). */
export const SOURCE_CLUSTERS = "clusters";
export const LAYER_CLUSTER_HULLS = "cluster-hulls";
export const LAYER_CLUSTER_OUTLINES = "cluster-outlines";
export const LAYER_CLUSTER_BADGES = "cluster-badges";
export const LAYER_CLUSTER_COUNTS = "cluster-counts";

/** The layer drawing the chosen cluster's part that layer `id` draws for the others. */
export const chosenLayer = (id: string): string => `${id}-chosen`;

/** The layers a click on a cluster's badge hits. */
export const CLUSTER_BADGE_HIT_LAYERS: readonly string[] = [
  LAYER_CLUSTER_BADGES,
  chosenLayer(LAYER_CLUSTER_BADGES),
];
