/** Source and layers of the measure tool. */
export const SOURCE_MEASURE = "measure";
export const LAYER_MEASURE_CASING = "measure-casing";
export const LAYER_MEASURE_LINE = "measure-line";
export const LAYER_MEASURE_VERTICES = "measure-vertices";
export const LAYER_MEASURE_LABELS = "measure-labels";
