import type { ExpressionSpecification } from "maplibre-gl";

/** The font stack of every app label layer (served by the style's font-faces, no glyph server). */
export const LABEL_FONT = ["Noto Sans Regular"];

/** The layout every app label layer starts from: its feature's `label` text in {@link LABEL_FONT}. */
export const LABEL_TEXT = {
  "text-field": ["get", "label"] as ExpressionSpecification,
  "text-font": LABEL_FONT,
};

/**
 * True for features whose `role` property is `r`: one GeoJSON source feeds several layers (lines,
 * handles, labels), each filtering its own role.
 */
export const role = (r: string): ExpressionSpecification => ["==", ["get", "role"], r];
